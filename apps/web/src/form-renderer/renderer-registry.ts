import type { Lang } from '@nguon/contracts/client';
import { englishStringTranslator, TranslatableString } from '@rjsf/utils';
import type { MessageKey } from '../i18n/messages';
import {
  formTranslate,
  type RendererFields,
  type RendererTemplates,
  type RendererWidgets,
} from './renderer-context';
import {
  ArrayFieldItemTemplate,
  ArrayFieldTemplate,
  ObjectFieldTemplate,
} from './templates/container-templates';
import { FieldTemplate } from './templates/field-template';
import {
  DescriptionFieldTemplate,
  ErrorListTemplate,
  Nothing,
  TitleFieldTemplate,
} from './templates/misc-templates';
import { CatalogLookupField } from './widgets/catalog-lookup-field';
import { CheckboxesWidget, CheckboxWidget, RadioWidget, SelectWidget } from './widgets/choice-widgets';
import { FileUploadWidget } from './widgets/file-upload-widget';
import { GpsField } from './widgets/gps-field';
import { HeadingField } from './widgets/heading-field';
import { NumberWidget, PlainNumberField } from './widgets/number-widgets';
import { PhotosField } from './widgets/photos-field';
import { SignatureWidget } from './widgets/signature-widget';
import { BaseInputTemplate, TextareaWidget } from './widgets/text-widgets';

/** Our widgets by the names the form schemas use (`ui:widget`), plus rjsf's defaults restyled. */
export const rendererWidgets: RendererWidgets = {
  quantity: NumberWidget,
  signature: SignatureWidget,
  fileUpload: FileUploadWidget,
  textarea: TextareaWidget,
  TextareaWidget,
  radio: RadioWidget,
  RadioWidget,
  checkboxes: CheckboxesWidget,
  CheckboxesWidget,
  select: SelectWidget,
  SelectWidget,
  checkbox: CheckboxWidget,
  CheckboxWidget,
  updown: NumberWidget,
  UpDownWidget: NumberWidget,
};

/** Our fields by their `ui:field` names. */
export const rendererFields: RendererFields = {
  catalogLookup: CatalogLookupField,
  photos: PhotosField,
  gps: GpsField,
  heading: HeadingField,
  NumberField: PlainNumberField,
};

export const rendererTemplates: RendererTemplates = {
  FieldTemplate,
  ObjectFieldTemplate,
  ArrayFieldTemplate,
  ArrayFieldItemTemplate,
  BaseInputTemplate,
  ErrorListTemplate,
  TitleFieldTemplate,
  DescriptionFieldTemplate,
  FieldErrorTemplate: Nothing,
  FieldHelpTemplate: Nothing,
};

const rjsfStrings: Partial<Record<TranslatableString, MessageKey>> = {
  [TranslatableString.YesLabel]: 'formRenderer.yes',
  [TranslatableString.NoLabel]: 'formRenderer.no',
  [TranslatableString.AddItemButton]: 'formRenderer.addRow',
  [TranslatableString.AddButton]: 'formRenderer.addRow',
  [TranslatableString.EmptyArray]: 'formRenderer.noRows',
  [TranslatableString.UnsupportedField]: 'formRenderer.unsupported',
  [TranslatableString.UnsupportedFieldWithId]: 'formRenderer.unsupported',
  [TranslatableString.UnsupportedFieldWithReason]: 'formRenderer.unsupported',
  [TranslatableString.UnsupportedFieldWithIdAndReason]: 'formRenderer.unsupported',
};

/** rjsf's own strings (yes/no of booleans, array buttons…) from our catalogue; the rest are never shown. */
export function rjsfTranslator(lang: Lang) {
  const t = formTranslate(lang);
  return (key: TranslatableString, params?: string[]): string => {
    const ours = rjsfStrings[key];
    return ours ? t(ours) : englishStringTranslator(key, params);
  };
}
