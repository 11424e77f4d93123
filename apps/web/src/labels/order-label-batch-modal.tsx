import { Button, Stack, Textarea } from '@mantine/core';
import { useRef } from 'react';
import { useLang } from '../i18n/lang-store';
import { useT } from '../i18n/use-t';
import { useNameOf } from '../lots/lot-text';
import { revealFirstError } from '../lots/reveal-first-error';
import { ProblemNotice } from '../lots/submit-bar';
import { AppModal } from '../ui/app-modal';
import { useIsMobile } from '../ui/use-is-mobile';
import { layoutOptions, sameChoice } from './label-layout-options';
import { LabelLayoutPreview } from './label-layout-preview';
import { sampleLabel } from './label-sample';
import { KindField, LayoutField, LotPicker, ProductPicker, QuantityField, SampleUrl } from './order-fields';
import { useOrderLabelBatch } from './use-order-label-batch';
import { useTenantLabelLayouts } from './use-tenant-label-layouts';

/** An owner orders a batch: for a product, for one of its lots, or blank; with the printed layout previewed live. */
export function OrderLabelBatchModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const lang = useLang();
  const nameOf = useNameOf();
  const isMobile = useIsMobile();
  const tenantLayouts = useTenantLabelLayouts();
  const {
    draft,
    product,
    lot,
    pickProduct,
    pickLot,
    searches,
    search,
    errors,
    notice,
    change,
    order,
    status,
    sending,
  } = useOrderLabelBatch();
  const submitRef = useRef<HTMLButtonElement>(null);
  const submit = async () => {
    await order();
    // a refusal far above the button must be seen: the next frame has the messages drawn
    requestAnimationFrame(() => revealFirstError(submitRef.current));
  };
  const options = layoutOptions(lang, tenantLayouts);
  const layout = (options.find((option) => sameChoice(option.choice, draft.layout)) ?? options[0])?.layout;
  const sample = sampleLabel(window.location.origin, {
    gtin14: draft.kind === 'blank' ? null : (product?.gtin ?? null),
    lotCode: draft.kind === 'lot' ? (lot?.code ?? null) : null,
    productName: draft.kind !== 'blank' && product ? nameOf(product.name) : t('labels.preview.sampleProduct'),
  });
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={t('labels.order.title')}
      fullScreen={isMobile}
      size="xl"
    >
      <Stack gap="sm" data-entry-screen>
        <KindField value={draft.kind} onChange={(kind) => change({ kind })} />
        {draft.kind !== 'blank' && (
          <ProductPicker
            value={product}
            error={errors.productId}
            onChange={pickProduct}
            search={searches.product}
            onSearch={(text) => search('product', text)}
            urlForm={sample.urlForm}
          />
        )}
        {draft.kind === 'lot' && (
          <LotPicker
            productId={draft.productId}
            value={lot}
            error={errors.lotId}
            onChange={pickLot}
            search={searches.lot}
            onSearch={(text) => search('lot', text)}
          />
        )}
        <QuantityField
          value={draft.quantity}
          error={errors.quantity}
          onChange={(quantity) => change({ quantity })}
        />
        <LayoutField
          options={options}
          value={draft.layout}
          error={errors.layout}
          onChange={(c) => change({ layout: c })}
        />
        {layout && <LabelLayoutPreview layout={layout} sample={sample} />}
        <SampleUrl url={sample.url} />
        <Textarea
          label={t('labels.order.note')}
          autosize
          minRows={2}
          maxLength={500}
          value={draft.note}
          onChange={(event) => change({ note: event.currentTarget.value })}
          data-testid="label-order-note"
        />
        <ProblemNotice message={notice} />
        <Button
          size="lg"
          fullWidth
          ref={submitRef}
          onClick={submit}
          loading={sending}
          data-testid="label-order-submit"
        >
          {status.phase === 'offline' ? t('labels.order.sendAgain') : t('labels.order.submit')}
        </Button>
      </Stack>
    </AppModal>
  );
}
