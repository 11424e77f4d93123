export {
  type CellResult,
  type CsvCellProblem,
  csvFieldTypes,
  matchCsvColumn,
  parseCsvCell,
  parseDate,
} from './csv/csv-cells';
export { csvHeader, formatCsvCell, neutralizeFormula } from './csv/csv-format';
export { emptyFormModel, newFormField } from './model/empty-field';
export {
  choiceValuePattern,
  type DefaultKind,
  type FieldCapabilities,
  fieldCapabilities,
  fieldKeyPattern,
  fileIdPattern,
  type LimitKind,
  maxFormFields,
  maxRadioChoices,
} from './model/field-capabilities';
export {
  type ConditionalRule,
  type FieldChoice,
  type FieldType,
  type FormField,
  type FormModel,
  fieldTypes,
} from './model/form-model';
export { normalizeFormField, normalizeFormModel, positionalRuleId } from './model/normalize-model';
export { untranslatedCount, untranslatedTexts } from './model/translations';
export {
  readTypedNumber,
  type TypedNumber,
  type TypedNumberKind,
  type TypedNumberProblem,
  typedNumberText,
  typedNumberValue,
} from './numbers/typed-number';
export {
  maxPublicTextLength,
  type PublicFieldValue,
  publicDateText,
  publicDateTimeText,
  publicFieldValues,
  publicPhotoIds,
} from './public/public-fields';
export { checkStageForm } from './schema/check-stage-form';
export type { CompiledField, JsonSchemaObject, UiSchemaObject } from './schema/compile-field';
export { compileFormModel, type FormDocument } from './schema/compile-form';
export { type FormFieldSummary, summarizeFormFields } from './schema/field-summary';
export {
  addFormKeywords,
  catalogIdPattern,
  createFormAjv,
  formKeywordMetaSchemas,
  formKeywords,
  type MediaKind,
  maxSchemaStringLength,
  mediaKinds,
} from './schema/form-keywords';
export {
  type FormProblem,
  type FormProblemCode,
  formProblemCodes,
  parseRefusalCodes,
} from './schema/form-problem';
export { checkFormModel } from './schema/form-problems';
export { type FormReference, formReferences } from './schema/form-references';
export { untranslatedInForm } from './schema/form-translations';
export {
  createFormValidatorCache,
  type FormValidationResult,
  type FormValidatorCache,
} from './schema/form-validator-cache';
export { localizeFormUi, type MessageLang, pickText } from './schema/localize-schema';
export {
  type LotQuantityReading,
  lotQuantityFieldProblems,
  lotQuantityFields,
  readLotQuantity,
} from './schema/lot-quantity-field';
export { type ParseFormOptions, type ParseFormResult, parseFormSchema } from './schema/parse-form';
export { maxFormBytes, maxFormDepth } from './schema/parse-guard';
export { checkPattern, type PatternFault } from './schema/pattern-safety';
export {
  convertQuantity,
  findUnit,
  type Unit,
  type UnitDimension,
  unitCodes,
  unitDimensions,
  unitLabel,
  units,
} from './units/units';
export { createAjv, createSchemaCompiler, type SchemaValidator } from './validation/create-ajv';
export { describeAjvErrors, type ValidationErrorDescription } from './validation/describe-errors';
