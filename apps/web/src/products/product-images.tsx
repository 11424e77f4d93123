import { ActionIcon, Button, FileButton, Group, Image, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { maxFileBytes } from '@nguon/contracts/client';
import { IconArrowLeft, IconArrowRight, IconPhotoPlus, IconTrash } from '@tabler/icons-react';
import { type ComponentProps, useRef, useState } from 'react';
import { fileUrl, uploadRefusal, uploadToServer } from '../catalogs/file-upload';
import { formatFileSize } from '../i18n/format';
import { useLang } from '../i18n/lang-store';
import { type Translate, useT } from '../i18n/use-t';
import { notifyError, notifyProblem } from '../ui/notify';
import { moveImage } from './product-draft';

const maxImages = 20;
const imageTypes = 'image/png,image/jpeg,image/webp';
const imageInputProps: ComponentProps<'input'> & { 'data-testid': string } = {
  'data-testid': 'product-image-input',
};

/** The message for a file the API would refuse, or null. */
export function refusalMessage(
  file: File,
  t: Translate,
  lang: 'vi' | 'en',
  imagesOnly: boolean,
): string | null {
  const refusal = uploadRefusal(file);
  if (refusal === 'wrongType' || (imagesOnly && file.type === 'application/pdf'))
    return t('products.uploadWrongType');
  if (refusal === 'empty') return t('products.uploadEmpty');
  if (refusal === 'tooLarge')
    return t('products.uploadTooLarge', { max: formatFileSize(maxFileBytes, lang) });
  return null;
}

interface ProductImagesProps {
  imageIds: string[];
  onChange: (update: (ids: string[]) => string[]) => void;
  readOnly: boolean;
}

/** Product photos: uploaded one by one as public files (consumers see them), shown as thumbnails, reordered, removed. */
export function ProductImages({ imageIds, onChange, readOnly }: ProductImagesProps) {
  const t = useT();
  const lang = useLang();
  const [uploading, setUploading] = useState<string | null>(null);
  const resetPicker = useRef<() => void>(null);

  const add = async (files: File[]) => {
    resetPicker.current?.();
    for (const file of files.slice(0, maxImages - imageIds.length)) {
      const refusal = refusalMessage(file, t, lang, true);
      if (refusal) {
        notifyError(refusal, t);
        continue;
      }
      setUploading(file.name);
      try {
        const stored = await uploadToServer(file, 'product_image', { name: file.name, public: true });
        onChange((ids) => [...ids, stored.id]);
      } catch (error) {
        notifyProblem(error, t);
      }
    }
    setUploading(null);
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('products.imagesHint')}
      </Text>
      {imageIds.length === 0 && (
        <Paper withBorder p="md" radius="md" ta="center" c="dimmed" data-testid="product-images-empty">
          {t('products.imagesEmpty')}
        </Paper>
      )}
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" data-testid="product-images">
        {imageIds.map((id, index) => (
          <Paper key={id} withBorder radius="md" p={4} data-testid={`product-image-${index}`}>
            <Image
              src={fileUrl(id, 'thumb')}
              alt={t('products.imageAlt', { n: index + 1 })}
              h={120}
              fit="cover"
              radius="sm"
            />
            {!readOnly && (
              <Group justify="space-between" gap={0} mt={4}>
                <ActionIcon
                  variant="subtle"
                  size="lg"
                  disabled={index === 0}
                  onClick={() => onChange((ids) => moveImage(ids, index, -1))}
                  aria-label={t('products.imageLeft', { n: index + 1 })}
                >
                  <IconArrowLeft size={18} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  onClick={() => onChange((ids) => ids.filter((other) => other !== id))}
                  aria-label={t('products.imageRemove', { n: index + 1 })}
                  data-testid={`product-image-remove-${index}`}
                >
                  <IconTrash size={18} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  size="lg"
                  disabled={index === imageIds.length - 1}
                  onClick={() => onChange((ids) => moveImage(ids, index, 1))}
                  aria-label={t('products.imageRight', { n: index + 1 })}
                >
                  <IconArrowRight size={18} />
                </ActionIcon>
              </Group>
            )}
          </Paper>
        ))}
      </SimpleGrid>
      {!readOnly && (
        <FileButton
          onChange={add}
          accept={imageTypes}
          multiple
          resetRef={resetPicker}
          inputProps={imageInputProps}
        >
          {(props) => (
            <Button
              {...props}
              variant="default"
              size="md"
              leftSection={<IconPhotoPlus size={18} />}
              loading={uploading !== null}
              disabled={imageIds.length >= maxImages}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('products.imagesAdd')}
            </Button>
          )}
        </FileButton>
      )}
      {uploading && (
        <Text size="sm" c="dimmed">
          {t('products.uploading', { name: uploading })}
        </Text>
      )}
    </Stack>
  );
}
