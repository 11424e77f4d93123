export { FormBuilder, type FormBuilderCatalog, type FormBuilderProps } from './form-builder';
