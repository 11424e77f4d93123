import { Alert, Button, Skeleton, Stack, Text } from '@mantine/core';
import type { Lang } from '@nguon/contracts/client';
import type { StageForm } from '@nguon/domain';
import { localizeFormUi } from '@nguon/forms';
import Form from '@rjsf/core';
import type { ErrorSchema, RJSFSchema, RJSFValidationError, UiSchema } from '@rjsf/utils';
import { useEffect, useMemo, useRef, useState } from 'react';
import { localizeFormErrors } from './localize-form-errors';
import {
  type FormRendererContext,
  type FormValue,
  formTranslate,
  type RendererFormContext,
} from './renderer-context';
import { rendererFields, rendererTemplates, rendererWidgets, rjsfTranslator } from './renderer-registry';
import { type FormValidator, useFormValidator } from './use-form-validator';
import './renderer.css';

export interface StageFormViewProps {
  form: StageForm;
  lang: Lang;
  formData: FormValue;
  onChange?: (formData: FormValue) => void;
  /** Called with valid data only (hidden conditional fields dropped); the form shows errors otherwise. */
  onSubmit?: (formData: FormValue) => void;
  readOnly?: boolean;
  context: FormRendererContext;
  submitLabel?: string;
  /** Disables the submit button with a spinner while the host saves. */
  submitting?: boolean;
  /** A validator built in-process (tests); without it the server precompiles one (our CSP forbids eval). */
  validator?: FormValidator;
  /** The server's messages per field (rjsf `extraErrors`), shown on the fields next to the browser's own. */
  serverErrors?: ErrorSchema<FormValue>;
  /** Prefix of the fields' DOM ids (default `root`); several forms on one page need their own. */
  idPrefix?: string;
}

type JsonObject = Record<string, unknown>;
const isSchema = (value: JsonObject): value is JsonObject & RJSFSchema => typeof value === 'object';
const isUiSchema = (
  value: JsonObject,
): value is JsonObject & UiSchema<FormValue, RJSFSchema, RendererFormContext> => typeof value === 'object';

/** A stage form as a clerk fills it: one column, big targets, messages in `lang`. */
export function StageFormView(props: StageFormViewProps) {
  const { form, lang } = props;
  // the schema stays the stored object whatever the language: its precompiled validator was built for it
  const schema = isSchema(form.schema) ? form.schema : null;
  const uiSchema = useMemo(() => {
    const localized = localizeFormUi(form, lang);
    return isUiSchema(localized) ? localized : null;
  }, [form, lang]);
  const localized = schema && uiSchema ? { schema, uiSchema } : null;
  const state = useFormValidator(schema ?? emptySchema, props.validator);
  const t = formTranslate(lang);
  if (!localized) return null;
  if (state.status === 'loading') return <FormSkeleton label={t('formRenderer.preparing')} />;
  if (state.status === 'error') {
    return (
      <Alert color="red" title={t('formRenderer.validatorFailed')} role="alert">
        <Text size="sm">{t('formRenderer.validatorFailedBody')}</Text>
        <Button variant="white" color="red" mt="sm" onClick={state.retry} data-testid="form-validator-retry">
          {t('formRenderer.retry')}
        </Button>
      </Alert>
    );
  }
  return <RjsfStageForm {...props} {...localized} validator={state.validator} />;
}

const emptySchema: RJSFSchema = { type: 'object' };
// never preselect the first choice of a `oneOf`: a clerk must pick a grade, not inherit one
// nor make empty rows for a minimum count: an empty photo slot is an error the clerk never sees
const defaultsBehaviour = { constAsDefaults: 'never', arrayMinItems: { populate: 'never' } } as const;

function FormSkeleton({ label }: { label: string }) {
  return (
    <Stack gap="md" role="progressbar" aria-busy="true" aria-label={label} data-testid="form-preparing">
      {[0, 1, 2].map((row) => (
        <Stack key={row} gap={6}>
          <Skeleton height={14} width="40%" />
          <Skeleton height={44} />
        </Stack>
      ))}
    </Stack>
  );
}

interface RjsfStageFormProps extends StageFormViewProps {
  schema: RJSFSchema;
  uiSchema: UiSchema<FormValue, RJSFSchema, RendererFormContext>;
  validator: FormValidator;
}

/** Our submit button; an element even when it draws nothing, so rjsf never adds its own. */
function SubmitArea({ show, label, submitting }: { show: boolean; label: string; submitting?: boolean }) {
  if (!show) return null;
  return (
    <Button type="submit" size="lg" fullWidth mt="lg" loading={submitting} data-testid="form-submit">
      {label}
    </Button>
  );
}

/** The input of the field an error is about (rjsf's own lookup: `root_rows_0_weight`, else an id prefix). */
function focusErrorField(form: HTMLFormElement | null, idPrefix: string, error: RJSFValidationError): void {
  const id = `${idPrefix}${(error.property ?? '').replaceAll('.', '_')}`;
  const field = form?.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"], [id^="${CSS.escape(id)}"]`);
  field?.focus();
}

/**
 * Errors shown are worded when validated; a language switch validates again so they follow it, without
 * moving the focus from the language button.
 */
function useErrorsFollowLanguage(lang: string, attempted: boolean) {
  const formRef = useRef<Form<FormValue, RJSFSchema, RendererFormContext>>(null);
  const quiet = useRef(false);
  const shownIn = useRef(lang);
  useEffect(() => {
    if (shownIn.current === lang) return;
    shownIn.current = lang;
    if (!attempted) return;
    quiet.current = true;
    formRef.current?.validateForm();
    quiet.current = false;
  }, [lang, attempted]);
  return { formRef, quiet };
}

/** rjsf with our registry; errors appear after the first submit and then follow every change. */
function RjsfStageForm(props: RjsfStageFormProps) {
  const { lang, context, readOnly = false, onSubmit } = props;
  const [attempted, setAttempted] = useState(false);
  const { formRef, quiet } = useErrorsFollowLanguage(lang, attempted);
  const focusFirstError = (error: RJSFValidationError) => {
    if (!quiet.current)
      focusErrorField(formRef.current?.formElement.current ?? null, props.idPrefix ?? 'root', error);
  };
  const formContext = useMemo<RendererFormContext>(() => ({ host: context, lang }), [context, lang]);
  const transformErrors = useMemo(() => localizeFormErrors(lang), [lang]);
  const translateString = useMemo(() => rjsfTranslator(lang), [lang]);
  const t = formTranslate(lang);
  return (
    <Form<FormValue, RJSFSchema, RendererFormContext>
      ref={formRef}
      schema={props.schema}
      uiSchema={props.uiSchema}
      validator={props.validator}
      formData={props.formData}
      formContext={formContext}
      widgets={rendererWidgets}
      fields={rendererFields}
      templates={rendererTemplates}
      transformErrors={transformErrors}
      extraErrors={props.serverErrors}
      idPrefix={props.idPrefix}
      translateString={translateString}
      readonly={readOnly}
      noHtml5Validate
      experimental_defaultFormStateBehavior={defaultsBehaviour}
      omitExtraData
      showErrorList="bottom"
      focusOnFirstError={focusFirstError}
      liveValidate={attempted ? 'onChange' : undefined}
      onChange={(event) => props.onChange?.(event.formData)}
      onError={() => setAttempted(true)}
      onSubmit={(event) => {
        setAttempted(true);
        onSubmit?.(event.formData);
      }}
      className="nguon-stage-form"
    >
      <SubmitArea
        show={onSubmit !== undefined && !readOnly}
        label={props.submitLabel ?? t('formRenderer.submit')}
        submitting={props.submitting}
      />
    </Form>
  );
}
