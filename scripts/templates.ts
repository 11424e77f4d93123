import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeTemplateFault, renderTemplateReadme } from '@nguon/contracts';
import { readTemplateFolder } from '@nguon/services';

// npm run templates:check: every folder of templates/ reads, checks and has its README up to date.
// npm run templates:readme: writes each good template's README.md from its template.json.
const dir = fileURLToPath(new URL('../templates', import.meta.url));
const write = process.argv.includes('--write');
const { templates, broken } = await readTemplateFolder(dir);
let failed = broken.length;
for (const bad of broken) console.error(`✗ ${describeTemplateFault(bad.name, bad.path, bad.fault, 'en')}`);
for (const template of templates) {
  const readmePath = join(dir, template.name, 'README.md');
  const wanted = renderTemplateReadme(template.file);
  const current = await readFile(readmePath, 'utf8').catch(() => null);
  if (write && current !== wanted) await writeFile(readmePath, wanted);
  else if (current !== wanted) {
    failed += 1;
    console.error(
      `✗ ${template.name}: README.md is not the one template.json makes; run npm run templates:readme`,
    );
    continue;
  }
  const { stages } = template.file.process.definition;
  const jobs = stages.reduce((sum, stage) => sum + (stage.jobs?.length ?? 0), 0);
  console.log(
    `✓ ${template.name}: ${stages.length} stages, ${jobs} jobs, ${template.file.catalogs.length} catalogs`,
  );
}
console.log(`${templates.length} templates read, ${broken.length} broken`);
process.exitCode = failed > 0 ? 1 : 0;
