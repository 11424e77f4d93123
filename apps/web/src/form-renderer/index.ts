/** The clerk's stage form (rjsf with our widgets), reused by data entry and by the form builder's preview. */
export { previewRendererContext } from './preview-context';
export type { CatalogItemRef, FormRendererContext, UploadedFile, UploadKind } from './renderer-context';
export { StageFormView, type StageFormViewProps } from './stage-form-view';
export {
  type FormValidator,
  type FormValidatorFactory,
  FormValidatorFactoryContext,
  loadFormValidator,
  useFormValidator,
} from './use-form-validator';
