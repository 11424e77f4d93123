import type { Lang } from '@nguon/contracts/client';
import type {
  FieldProps,
  FieldTemplateProps,
  RegistryFieldsType,
  RegistryWidgetsType,
  RJSFSchema,
  TemplatesType,
  WidgetProps,
} from '@rjsf/utils';
import type { MessageKey } from '../i18n/messages';
import { type MessageParams, translate } from '../i18n/use-t';

/** A catalog item as a catalog-lookup field stores it: its id and the label shown when it was picked. */
export interface CatalogItemRef {
  id: string;
  label: string;
}

export interface UploadedFile {
  id: string;
  url: string;
}

export type UploadKind = 'photo' | 'signature' | 'file';

/** What a stage form needs from its host: catalog search, uploads, and where an uploaded file is served. */
export interface FormRendererContext {
  searchCatalog(catalogId: string, query: string): Promise<CatalogItemRef[]>;
  /** `onProgress` (0…1) is called when the host can measure the upload. */
  uploadFile(file: Blob, kind: UploadKind, onProgress?: (fraction: number) => void): Promise<UploadedFile>;
  fileUrl(id: string): string;
}

/** What rjsf's formContext carries to our widgets and fields. */
export interface RendererFormContext {
  host: FormRendererContext;
  lang: Lang;
}

/** The rjsf generics of our forms: any JSON value, plain JSON Schema, our context. */
export type FormValue = unknown;
export type RendererWidgetProps = WidgetProps<FormValue, RJSFSchema, RendererFormContext>;
export type RendererFieldProps = FieldProps<FormValue, RJSFSchema, RendererFormContext>;
export type RendererFieldTemplateProps = FieldTemplateProps<FormValue, RJSFSchema, RendererFormContext>;
export type RendererWidgets = RegistryWidgetsType<FormValue, RJSFSchema, RendererFormContext>;
export type RendererFields = RegistryFieldsType<FormValue, RJSFSchema, RendererFormContext>;
export type RendererTemplates = Partial<TemplatesType<FormValue, RJSFSchema, RendererFormContext>>;

export type FormTranslate = (key: MessageKey, params?: MessageParams) => string;

/** The renderer's strings follow the form's language, which may differ from the app's (the builder's preview). */
export function formTranslate(lang: Lang): FormTranslate {
  return (key, params) => translate(lang, key, params);
}
