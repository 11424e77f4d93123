import { VisuallyHidden } from '@mantine/core';
import { stageJobs } from '@nguon/domain';
import { IconFlag, IconLanguage, IconPlus, IconRepeat } from '@tabler/icons-react';
import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { useLang } from '../../i18n/lang-store';
import { useT } from '../../i18n/use-t';
import { stageUntranslated } from '../editing/stage-translations';
import { useCanvasActions } from './canvas-context';
import type { StageNode } from './flow-elements';
import { stageKindLooks } from './stage-kinds';
import { StageNodeJobs } from './stage-node-jobs';

/** A stage card: kind icon and colour, name, key, start and repeat markers, problems, and "+" for the next stage. */
function StageNodeCard({ data, selected }: NodeProps<StageNode>) {
  const t = useT();
  const lang = useLang();
  const { readOnly, addNextStage } = useCanvasActions();
  const { stage, problemCount, change } = data;
  const Icon = stageKindLooks[stage.kind].icon;
  const name = (lang === 'en' && stage.name.en.trim()) || stage.name.vi || t('designer.unnamedStage');
  const untranslated = stageUntranslated(stage);
  const jobs = stageJobs(stage);
  return (
    <div
      className="designer-stage"
      data-kind={stage.kind}
      data-selected={selected || undefined}
      data-change={change ?? undefined}
      data-problems={problemCount > 0 || undefined}
      data-testid={`stage-node-${stage.key}`}
    >
      <Handle type="target" position={Position.Left} className="designer-handle" />
      <div className="designer-stage-icon" title={t(`designer.kind.${stage.kind}`)}>
        <Icon size={20} />
      </div>
      <div className="designer-stage-text">
        <div className="designer-stage-name">{name}</div>
        <div className="designer-stage-key">{stage.key}</div>
        <div className="designer-stage-markers">
          {stage.start && (
            <span className="designer-marker" title={t('designer.startMarker')}>
              <IconFlag size={14} /> {t('designer.startShort')}
            </span>
          )}
          {stage.repeatable && jobs.length === 0 && (
            <span className="designer-marker" title={t('designer.repeatableMarker')}>
              <IconRepeat size={14} /> {t('designer.repeatableShort')}
            </span>
          )}
          {untranslated > 0 && (
            <span
              className="designer-marker"
              title={t('designer.untranslated', { count: untranslated })}
              data-testid={`stage-untranslated-${stage.key}`}
            >
              <IconLanguage size={14} aria-hidden /> <span aria-hidden>{untranslated}</span>
              <VisuallyHidden>{t('designer.untranslated', { count: untranslated })}</VisuallyHidden>
            </span>
          )}
        </div>
        {jobs.length > 0 && <StageNodeJobs jobs={jobs} />}
      </div>
      {problemCount > 0 && (
        <span className="designer-stage-problems" title={t('designer.problemCount', { count: problemCount })}>
          {problemCount}
        </span>
      )}
      <Handle type="source" position={Position.Right} className="designer-handle" />
      {!readOnly && (
        <button
          type="button"
          className="designer-add-next nodrag nopan"
          onClick={() => addNextStage(stage.id)}
          aria-label={t('designer.addNextOf', { name })}
          title={t('designer.addNext')}
          data-testid={`stage-add-next-${stage.key}`}
        >
          <IconPlus size={16} />
        </button>
      )}
    </div>
  );
}

export const StageNodeView = memo(StageNodeCard);

/** Declared once, outside any component: React Flow re-mounts every node when this object changes. */
export const nodeTypes = { stage: StageNodeView };
