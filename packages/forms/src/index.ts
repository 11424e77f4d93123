export { createAjv } from './validation/create-ajv';
export {
  type LocalizedValidationError,
  localizeAjvErrors,
  localizedKeywords,
  type MessageLang,
} from './validation/localize-errors';
