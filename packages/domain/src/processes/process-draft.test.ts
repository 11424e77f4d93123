import { describe, expect, it } from 'vitest';
import type { ProcessDefinition } from './process-definition';
import { emptyProcessDefinition, isProcessDefinitionChanged } from './process-draft';
import { chain, stage } from './process-fixtures';

describe('emptyProcessDefinition', () => {
  it('has no stages and no edges, and a fresh object each time', () => {
    const empty = emptyProcessDefinition();
    expect(empty).toEqual({ schemaVersion: 1, stages: [], edges: [] });
    empty.stages.push(stage('a'));
    expect(emptyProcessDefinition().stages).toEqual([]);
  });
});

describe('isProcessDefinitionChanged', () => {
  const published = chain(3);
  const changes: [string, (draft: ProcessDefinition) => void, boolean][] = [
    ['nothing', () => {}, false],
    [
      'only the order of keys in an object',
      (d) => {
        d.stages[0]!.form.schema = { properties: {}, type: 'object' };
      },
      false,
    ],
    [
      'a stage moved',
      (d) => {
        d.stages[0]!.position.x = 1;
      },
      true,
    ],
    [
      'an English name',
      (d) => {
        d.stages[1]!.name.en = 'Drying';
      },
      true,
    ],
    [
      'the order of stages',
      (d) => {
        d.stages.reverse();
      },
      true,
    ],
    [
      'a form detail',
      (d) => {
        d.stages[2]!.form.uiSchema = { 'ui:order': ['a'] };
      },
      true,
    ],
  ];
  it.each(changes)('changed by %s: %s', (_name, change, expected) => {
    const draft = structuredClone(published);
    change(draft);
    expect(isProcessDefinitionChanged(published, draft)).toBe(expected);
  });
});
