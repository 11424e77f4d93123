import type { PublicField, PublicLot, PublicStage } from '@nguon/contracts';
import { type Db, type LotRecordRow, listCurrentRecordsOfLots, listTraceLots } from '@nguon/db';
import { findBusinessStep, findStageJob, lotDates, type ProcessStage, stageJobName } from '@nguon/domain';
import { type PublicFieldValue, publicFieldValues } from '@nguon/forms';
import { recordFormOf, stageModel } from '../lots/record-data';
import { pinnedVersions } from '../lots/version-definitions';
import { imagesOf, type PublicFiles } from './public-images';

/** A lot's public timeline before its photos are looked up: the fields still name file ids. */
interface DraftStage extends Omit<PublicStage, 'fields'> {
  fields: PublicFieldValue[];
}

export interface DraftLot extends Omit<PublicLot, 'timeline'> {
  id: string;
  /** Its product (named on the page): a cache tag, never shown. */
  productId: string;
  timeline: DraftStage[];
}

const isRecordData = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const mapUrl = (lat: number, lon: number) =>
  `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=16/${lat}/${lon}`;

function draftStage(record: LotRecordRow, versionId: string, stage: ProcessStage): DraftStage | null {
  // a job record shows as "Stage — Job", with its job's public fields
  const job = record.job_id === null ? undefined : findStageJob(stage, record.job_id);
  const model = stageModel(versionId, recordFormOf(stage, job));
  // a transformation shows on the timeline only when its form has something public to say
  if (record.kind === 'transformation' && !model.fields.some((field) => field.public)) return null;
  const businessStep = job?.businessStep ?? stage.businessStep;
  return {
    stageKey: record.stage_key,
    name: job ? stageJobName(stage, job) : stage.name,
    businessStep: businessStep ? (findBusinessStep(businessStep)?.id ?? null) : null,
    time: record.event_time.toISOString(),
    fields: isRecordData(record.data) ? publicFieldValues(model, record.data) : [],
  };
}

/**
 * The public lots of a trace, each with its timeline of current records (corrections in place of what they
 * superseded, each with its own version's stage and form) and its dates: three queries, whatever the count.
 */
export async function loadDraftLots(
  db: Db,
  tenantId: string,
  lotIds: readonly string[],
): Promise<DraftLot[]> {
  const [lots, records] = await Promise.all([
    listTraceLots(db, tenantId, lotIds),
    listCurrentRecordsOfLots(db, tenantId, lotIds),
  ]);
  const versions = await pinnedVersions(
    db,
    tenantId,
    records.map((record) => record.process_version_id),
  );
  const byLot = new Map<string, LotRecordRow[]>();
  for (const record of records) {
    const list = byLot.get(record.lot_id);
    if (list) list.push(record);
    else byLot.set(record.lot_id, [record]);
  }
  const drafts = lots.map((lot): DraftLot => {
    // a close record only says a stage with jobs ended: nothing a consumer reads
    const staged = (byLot.get(lot.id) ?? []).flatMap((record) => {
      if (record.kind === 'close') return [];
      const stage = versions
        .get(record.process_version_id)
        ?.definition.stages.find((candidate) => candidate.id === record.stage_id);
      return stage ? [{ record, stage }] : [];
    });
    const dated = staged.map(({ record, stage }) => ({
      businessStep:
        (record.job_id === null ? undefined : findStageJob(stage, record.job_id)?.businessStep) ??
        stage.businessStep,
      eventTime: record.event_time,
    }));
    return {
      id: lot.id,
      productId: lot.product_id,
      code: lot.code,
      productName: { vi: lot.product_name_vi, en: lot.product_name_en },
      dates: lotDates(dated, lot.shelf_life_days),
      timeline: staged.flatMap(
        ({ record, stage }) => draftStage(record, record.process_version_id, stage) ?? [],
      ),
    };
  });
  const order = new Map(lotIds.map((id, i) => [id, i]));
  return drafts.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/** Every file a set of lots' public fields shows. */
export function lotPhotoIds(lots: readonly DraftLot[]): string[] {
  return lots.flatMap((lot) =>
    lot.timeline.flatMap((stage) => stage.fields.flatMap((field) => field.photoIds)),
  );
}

function publicField(field: PublicFieldValue, files: PublicFiles): PublicField {
  const { location } = field;
  return {
    key: field.key,
    label: field.label,
    value: field.value,
    photos: imagesOf(field.photoIds, files),
    map: location && { ...location, url: mapUrl(location.latitude, location.longitude) },
  };
}

/** A draft lot with its photos resolved: only public files show; a field left with nothing to show is dropped. */
export function toPublicLot(lot: DraftLot, files: PublicFiles): PublicLot {
  return {
    code: lot.code,
    productName: lot.productName,
    dates: lot.dates,
    timeline: lot.timeline.map((stage) => ({
      ...stage,
      fields: stage.fields
        .map((field) => publicField(field, files))
        .filter((field) => field.photos.length > 0 || field.value.vi !== '' || field.value.en !== ''),
    })),
  };
}
