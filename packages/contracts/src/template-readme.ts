import {
  type LocalizedText,
  type ProcessStage,
  productTypes,
  type StageForm,
  topologicalOrder,
} from '@nguon/domain';
import { type FormField, parseFormSchema, units } from '@nguon/forms';
import { type ErrorCode, errorMessage } from './error-catalogue';
import type { Lang } from './errors/lang';
import { type ParamSources, wordParams } from './field-errors';
import type { TemplateFile } from './templates/template.schemas';

const words = {
  vi: {
    productType: 'Loại sản phẩm',
    stages: 'Các công đoạn',
    asks: 'Ghi lại',
    jobs: 'Công việc trong công đoạn',
    repeatable: 'làm nhiều lần',
    once: 'một lần',
    required: 'bắt buộc',
    public: 'công khai cho người tiêu dùng',
    wait: (days: string, job: string, refuse: boolean) =>
      `Thời gian chờ: ${days} sau lần "${job}" gần nhất (${refuse ? 'chưa hết thì không cho ghi' : 'ghi sớm hơn thì có cảnh báo'})`,
    days: (count: string) => `${count} ngày`,
    daysFrom: (field: string) => `số ngày ghi ở trường "${field}"`,
    yieldRange: (min: string, max: string) => `Tỉ lệ thành phẩm ${min}–${max} %`,
    catalogs: 'Danh mục đi kèm',
    samples: (count: number) => `${count} mục mẫu`,
    product: 'Sản phẩm mẫu',
    noFields: 'không có trường nào',
    other: 'English below',
  },
  en: {
    productType: 'Product type',
    stages: 'Stages',
    asks: 'Records',
    jobs: 'Jobs within the stage',
    repeatable: 'repeatable',
    once: 'once',
    required: 'required',
    public: 'public to consumers',
    wait: (days: string, job: string, refuse: boolean) =>
      `Waiting period: ${days} after the latest "${job}" (${refuse ? 'refused before it is over' : 'a warning when recorded earlier'})`,
    days: (count: string) => `${count} days`,
    daysFrom: (field: string) => `the days recorded in "${field}"`,
    yieldRange: (min: string, max: string) => `Yield ${min}–${max} %`,
    catalogs: 'Catalogs that come with it',
    samples: (count: number) => `${count} sample items`,
    product: 'Sample product',
    noFields: 'no fields',
    other: '',
  },
};

const text = (value: LocalizedText, lang: Lang) => (lang === 'en' && value.en.trim() ? value.en : value.vi);

function unitName(code: string, lang: Lang): string {
  const unit = units.find((u) => u.code === code);
  return unit ? (unit.symbol ?? unit.name[lang]) : code;
}

function fieldLine(field: FormField, lang: Lang): string {
  const w = words[lang];
  const notes = [
    field.unit ? unitName(field.unit, lang) : null,
    field.required ? w.required : null,
    field.public ? w.public : null,
  ].filter((note) => note !== null);
  const own = `${text(field.label, lang)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
  const subs = field.fields.map((sub) => text(sub.label, lang));
  return subs.length > 0 ? `${own}: ${subs.join(', ')}` : own;
}

function fieldLabel(form: StageForm, key: string, lang: Lang): string {
  const parsed = parseFormSchema(form.schema, form.uiSchema, { compile: false });
  const field = parsed.ok ? parsed.model.fields.find((f) => f.key === key) : undefined;
  return field ? text(field.label, lang) : key;
}

function formLine(form: StageForm, lang: Lang): string {
  const parsed = parseFormSchema(form.schema, form.uiSchema, { compile: false });
  const fields = parsed.ok ? parsed.model.fields.map((field) => fieldLine(field, lang)) : [];
  return fields.length > 0 ? fields.join('; ') : words[lang].noFields;
}

function stageSection(file: TemplateFile, stage: ProcessStage, lang: Lang): string[] {
  const w = words[lang];
  const note = Object.hasOwn(file.stageNotes, stage.id) ? file.stageNotes[stage.id] : undefined;
  const lines = [`### ${text(stage.name, lang)}`, ''];
  if (note) lines.push(note[lang], '');
  const jobs = stage.jobs ?? [];
  if (jobs.length === 0) lines.push(`- ${w.asks}: ${formLine(stage.form, lang)}`);
  const yieldRange = stage.yieldRange;
  if (yieldRange)
    lines.push(
      `- ${w.yieldRange(String(yieldRange.minPercent ?? '…'), String(yieldRange.maxPercent ?? '…'))}`,
    );
  if (jobs.length > 0) lines.push(`- ${w.jobs}:`);
  for (const job of jobs) {
    lines.push(
      `  - **${text(job.name, lang)}** (${job.repeatable ? w.repeatable : w.once}): ${formLine(job.form, lang)}`,
    );
  }
  const periods = [...(stage.waitingPeriods ?? []), ...jobs.flatMap((job) => job.waitingPeriods ?? [])];
  for (const period of periods) {
    const after =
      jobs.find((job) => job.id === period.afterJobId) ??
      file.process.definition.stages.flatMap((s) => s.jobs ?? []).find((job) => job.id === period.afterJobId);
    const label = after && period.fieldKey ? fieldLabel(after.form, period.fieldKey, lang) : period.fieldKey;
    const days = label ? w.daysFrom(label) : w.days(String(period.days));
    lines.push(
      `- ${w.wait(days, after ? text(after.name, lang) : period.afterJobId, period.onBreach === 'refuse')}`,
    );
  }
  lines.push('');
  return lines;
}

function languageSection(file: TemplateFile, lang: Lang): string[] {
  const w = words[lang];
  const type = productTypes.find((t) => t.id === file.productType);
  const byId = new Map(file.process.definition.stages.map((stage) => [stage.id, stage]));
  const stages = topologicalOrder(file.process.definition).flatMap((id) => byId.get(id) ?? []);
  const lines = [
    `## ${text(file.name, lang)}`,
    '',
    `${w.productType}: ${type ? type[lang] : file.productType}`,
    '',
  ];
  lines.push(file.summary[lang], '', file.guide[lang], '', `## ${w.stages}`, '');
  for (const stage of stages) lines.push(...stageSection(file, stage, lang));
  if (file.catalogs.length > 0) lines.push(`## ${w.catalogs}`, '');
  for (const catalog of file.catalogs)
    lines.push(
      `- **${text(catalog.name, lang)}** (${w.samples(catalog.samples.length)}): ${formLine(catalog.form, lang)}`,
    );
  lines.push(
    '',
    `## ${w.product}`,
    '',
    `- ${text(file.sampleProduct.name, lang)} (${file.sampleProduct.sku})`,
    '',
  );
  return lines;
}

/**
 * The co-op's README of a template, Vietnamese then English, written from the file alone (so it never
 * disagrees with it): the guide, each stage in process order with what it records and why, its jobs and
 * waiting periods, the catalogs and the sample product. `npm run templates:check` keeps README.md equal to it.
 */
export function renderTemplateReadme(file: TemplateFile): string {
  const header = [
    `<!-- Generated from template.json by npm run templates:readme; edit the JSON, not this file. -->`,
    '',
    `# ${file.name.vi} / ${file.name.en}`,
    '',
    `_${words.vi.other}_`,
    '',
  ];
  return [...header, ...languageSection(file, 'vi'), '---', '', ...languageSection(file, 'en')]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

/** What kept a template file from loading: a coded error with the pointer in the file, or an I/O error's words. */
export type TemplateLoadFault = { code: ErrorCode; params: ParamSources; path?: string } | { reason: string };

/** One line for the start-up log and the CLI: the folder, the file, the pointer in it, the code and the words. */
export function describeTemplateFault(
  name: string,
  file: string,
  fault: TemplateLoadFault,
  lang: Lang,
): string {
  if ('reason' in fault) return `${name} (${file}): ${fault.reason}`;
  const pointer = fault.path ? ` ${fault.path}` : '';
  const words = errorMessage(fault.code, lang, wordParams(fault.params, lang));
  return `${name} (${file}${pointer}): ${fault.code} ${words}`;
}
