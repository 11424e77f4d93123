import { TemplateFile, type WordSource } from '@nguon/contracts';
import {
  catalogReferencesIn,
  currentTemplateSchemaVersion,
  type LocalizedText,
  lacksEnglish,
  type StageForm,
  upgradeTemplateFile,
} from '@nguon/domain';
import {
  checkStageForm,
  createAjv,
  describeAjvErrors,
  parseFormSchema,
  untranslatedTexts,
} from '@nguon/forms';
import { itemProblems } from '../catalogs/catalog-item-content';
import { AppError, type FieldError } from '../errors/app-error';
import { unstorableText } from '../errors/storable-text';
import { definitionProblems } from '../processes/process-problems';

const validFile = createAjv().compile<TemplateFile>(TemplateFile);

/** A form of the file with where it is (a JSON pointer) and how the error names it. */
interface NamedForm {
  form: StageForm;
  path: string;
  name: string;
}

function formsOf(file: TemplateFile): NamedForm[] {
  const stages = file.process.definition.stages.flatMap((stage, index): NamedForm[] => {
    const at = `/process/definition/stages/${index}`;
    const own = { form: stage.form, path: `${at}/form`, name: stage.key };
    const jobs = (stage.jobs ?? []).map((job, jobIndex) => ({
      form: job.form,
      path: `${at}/jobs/${jobIndex}/form`,
      name: `${stage.key} — ${job.key}`,
    }));
    return [own, ...jobs];
  });
  const catalogs = file.catalogs.map((catalog, index) => ({
    form: catalog.form,
    path: `/catalogs/${index}/form`,
    name: catalog.key,
  }));
  return [...stages, ...catalogs];
}

/** Reads the JSON at the current format; a format it cannot read names the path of what is wrong. */
function parseTemplateShape(raw: unknown): { file: TemplateFile; from: number } {
  const upgraded = upgradeTemplateFile(raw);
  if (!upgraded.ok) {
    if (upgraded.code === 'too_new')
      throw new AppError(
        'TEMPLATE_FORMAT_TOO_NEW',
        { found: String(upgraded.found), supported: currentTemplateSchemaVersion },
        '/schemaVersion',
      );
    const key =
      upgraded.code === 'not_an_object' ? 'templateCheck.notAnObject' : 'templateCheck.noSchemaVersion';
    const path = upgraded.code === 'not_an_object' ? '' : '/schemaVersion';
    throw invalidAt(path, { kind: 'message', key });
  }
  if (validFile(upgraded.file)) return { file: upgraded.file, from: upgraded.from };
  const errors = describeAjvErrors(validFile.errors ?? []).map(
    (e): FieldError => ({ path: e.path, kind: 'ajv', keyword: e.keyword, params: e.params }),
  );
  const [first] = errors;
  throw new AppError(
    'TEMPLATE_FILE_INVALID',
    { path: first?.path || '/', detail: first ?? { kind: 'message', key: 'templateCheck.notAnObject' } },
    first?.path,
    errors,
  );
}

function invalidAt(path: string, detail: WordSource): AppError {
  return new AppError('TEMPLATE_FILE_INVALID', { path: path || '/', detail }, path, [{ path, ...detail }]);
}

/** Names an object already has (`constructor`, `__proto__`…): as a key of a map they would read as another. */
const reservedNames = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/** Catalog keys and stage ids become keys of maps (catalog map, stage notes): none may be a reserved name. */
function checkReservedNames(file: TemplateFile): void {
  const named: Array<[string, string]> = [
    ...file.catalogs.map((catalog, i): [string, string] => [`/catalogs/${i}/key`, catalog.key]),
    ...file.process.definition.stages.map((stage, i): [string, string] => [
      `/process/definition/stages/${i}/id`,
      stage.id,
    ]),
  ];
  for (const [path, name] of named) {
    if (reservedNames.has(name))
      throw invalidAt(path, { kind: 'message', key: 'templateCheck.reservedName', values: { name } });
  }
}

/** Catalog keys are unique, label fields exist, and every form picks only from the template's catalogs. */
function checkCatalogs(file: TemplateFile): void {
  const keys = new Set<string>();
  file.catalogs.forEach((catalog, index) => {
    if (keys.has(catalog.key))
      throw invalidAt(`/catalogs/${index}/key`, {
        kind: 'message',
        key: 'templateCheck.duplicateCatalogKey',
        values: { key: catalog.key },
      });
    keys.add(catalog.key);
    const properties = catalog.form.schema.properties;
    catalog.labelFields.forEach((field, fieldIndex) => {
      if (typeof properties === 'object' && properties !== null && field in properties) return;
      throw invalidAt(`/catalogs/${index}/labelFields/${fieldIndex}`, {
        kind: 'message',
        key: 'templateCheck.labelFieldMissing',
        values: { key: field },
      });
    });
  });
  for (const named of formsOf(file)) {
    for (const reference of catalogReferencesIn(named.form.schema, `${named.path}/schema`)) {
      if (keys.has(reference.catalog)) continue;
      throw new AppError(
        'TEMPLATE_UNKNOWN_CATALOG',
        { path: reference.path, catalog: reference.catalog },
        reference.path,
      );
    }
  }
}

/** Every form compiles and parses into the builder's model, so the designer and the clerk can open it. */
function checkForms(file: TemplateFile): void {
  for (const named of formsOf(file)) {
    const problems = checkStageForm(named.form);
    const parsed = parseFormSchema(named.form.schema, named.form.uiSchema);
    const problem = problems[0] ?? (parsed.ok ? undefined : parsed.problems[0]);
    if (!problem) continue;
    const path = `${named.path}${problem.path.startsWith('/') ? problem.path : `/${problem.path}`}`;
    throw new AppError(
      'TEMPLATE_FORM_INVALID',
      { form: named.name, detail: { kind: 'form', problem } },
      path,
      [{ path, kind: 'form', problem }],
    );
  }
  const graph = definitionProblems(file.process.definition);
  const [first] = graph;
  if (first)
    throw new AppError(
      'TEMPLATE_HAS_PROBLEMS',
      { count: graph.length, first: first.fault },
      '/process/definition',
    );
}

/** The sample items fit their catalog's form (the co-op gets them as real items). */
function checkSamples(file: TemplateFile): void {
  file.catalogs.forEach((catalog, index) => {
    catalog.samples.forEach((sample, sampleIndex) => {
      const [problem] = itemProblems(
        { id: `template:${catalog.key}`, revision: 0, form: catalog.form },
        sample,
      );
      if (!problem) return;
      const path = `/catalogs/${index}/samples/${sampleIndex}${problem.path}`;
      throw new AppError(
        'TEMPLATE_SAMPLE_INVALID',
        {
          catalog: catalog.key,
          index: sampleIndex + 1,
          detail: { kind: 'ajv', keyword: problem.keyword, params: problem.params },
        },
        path,
      );
    });
  });
}

/**
 * Every text a co-op reads exists in both languages, and every stage says what it asks and why (from format
 * 2 on: a format 1 file had no place for stage notes, and its README goes without them).
 */
function checkLanguages(file: TemplateFile, from: number): void {
  const { stages } = file.process.definition;
  const ids = new Set(stages.map((stage) => stage.id));
  for (const id of Object.keys(file.stageNotes)) {
    if (!ids.has(id))
      throw invalidAt(`/stageNotes/${id}`, {
        kind: 'message',
        key: 'templateCheck.stageNoteUnknown',
        values: { stage: id },
      });
  }
  const names: Array<[string, LocalizedText]> = [
    ['/process/name', file.process.name],
    ['/sampleProduct/name', file.sampleProduct.name],
    ...file.catalogs.map((catalog, i): [string, LocalizedText] => [`/catalogs/${i}/name`, catalog.name]),
  ];
  stages.forEach((stage, index) => {
    if (from >= 2 && !Object.hasOwn(file.stageNotes, stage.id))
      throw invalidAt(`/stageNotes/${stage.id}`, {
        kind: 'message',
        key: 'templateCheck.stageNoteMissing',
        values: { stage: stage.key },
      });
    names.push([`/process/definition/stages/${index}/name`, stage.name]);
    (stage.jobs ?? []).forEach((job, jobIndex) => {
      names.push([`/process/definition/stages/${index}/jobs/${jobIndex}/name`, job.name]);
    });
  });
  const untranslated = [
    ...names.filter(([, text]) => lacksEnglish(text)).map(([path]) => path),
    ...formsOf(file).flatMap((named) => {
      const parsed = parseFormSchema(named.form.schema, named.form.uiSchema, { compile: false });
      return parsed.ok ? untranslatedTexts(parsed.model).map((at) => `${named.path}#${at}`) : [];
    }),
  ];
  const [where] = untranslated;
  if (where)
    throw invalidAt(where, {
      kind: 'message',
      key: 'templateCheck.untranslated',
      values: { count: untranslated.length, where },
    });
}

/**
 * Parses a template file from anywhere (templates/ at start, an expert's upload, a test): brings it to the
 * current format, then checks the schema, the catalogs, every form, the graph, the samples and both
 * languages. Throws a coded AppError naming the path of the first problem; returns the file at the current
 * format.
 */
export function checkTemplateFile(raw: unknown): TemplateFile {
  const unstorable = unstorableText(raw);
  if (unstorable) throw invalidAt(unstorable.path, unstorable.detail);
  const { file, from } = parseTemplateShape(raw);
  checkReservedNames(file);
  checkCatalogs(file);
  checkForms(file);
  checkSamples(file);
  checkLanguages(file, from);
  return file;
}
