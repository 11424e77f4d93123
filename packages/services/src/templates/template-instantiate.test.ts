import { testDrivers } from '@nguon/db/testing';
import { canonicalJson, type ProcessStage } from '@nguon/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listItemsOfCatalog } from '../catalogs/catalog-items.service';
import { createLot } from '../lots/lots.service';
import { recordStage } from '../lots/record-stage';
import { publishProcess } from '../processes/process-drafts.service';
import { getProcessVersion } from '../processes/process-versions.service';
import { getProcess } from '../processes/processes.service';
import {
  createServiceKit,
  createTenantKit,
  minimalObject,
  repoTemplatesDir,
  type ServiceKit,
  storeRawTemplateVersion,
} from '../testing';
import { readTemplateFolder } from './template-folder';
import { createProcessFromTemplate } from './use-template';

const { templates, broken } = await readTemplateFolder(repoTemplatesDir);

/** What a clerk records first: the start stage's own form, or its first required job (else its first job). */
function firstRecordOf(stage: ProcessStage) {
  const jobs = stage.jobs ?? [];
  const job = jobs.find((candidate) => candidate.required) ?? jobs[0];
  return job ? { jobId: job.id, form: job.form } : { form: stage.form };
}

describe('the templates folder', () => {
  it('has templates, none of them broken', () => {
    expect(broken).toEqual([]);
    expect(templates.length).toBeGreaterThan(0);
  });
});

describe.each(await testDrivers())('every template instantiates on %s', (driver) => {
  let kit: ServiceKit;

  beforeAll(async () => {
    kit = await createServiceKit(driver);
  });
  afterAll(async () => {
    await kit.close();
  });

  it.each(templates.map((template) => [template.name, template.file] as const))(
    '%s: used in a fresh tenant, published unchanged, a lot made and its start stage recorded',
    async (name, file) => {
      const tenant = await createTenantKit(kit.ctx, name.replace(/-/g, '').slice(0, 12));
      const owner = tenant.as.owner;
      const { templateId, number } = await storeRawTemplateVersion(kit.ctx, file);
      const used = await createProcessFromTemplate(kit.ctx, owner, templateId, { version: number });

      const process = await getProcess(kit.ctx, owner, used.processId);
      expect(process.draft.problems).toEqual([]);
      const published = await publishProcess(kit.ctx, owner, used.processId, {
        revision: process.draft.revision,
        note: file.changeNote.vi,
      });
      const version = await getProcessVersion(kit.ctx, owner, {
        id: used.processId,
        number: `${published.number}`,
      });
      expect(canonicalJson(version.definition)).toBe(canonicalJson(process.draft.definition));

      const lot = await createLot(kit.ctx, tenant.as.clerk, {
        productId: used.productId,
        quantity: 100,
        unit: 'kg',
      });
      const start = version.definition.stages.find((stage) => stage.start);
      if (!start) throw new Error(`${name} has no start stage`);
      const firstItems = new Map<string, unknown>();
      for (const catalog of used.catalogs) {
        const page = await listItemsOfCatalog(kit.ctx, owner, catalog.id, {});
        const item = page.items[0];
        if (item) firstItems.set(catalog.id, { id: item.id, label: item.label });
      }
      const { form, ...job } = firstRecordOf(start);
      const data = minimalObject(form.schema, (catalogId) => firstItems.get(catalogId));
      const record = await recordStage(kit.ctx, tenant.as.clerk, lot.id, { stageId: start.id, ...job, data });
      expect(record).toMatchObject({ stageId: start.id, data });
    },
  );
});
