import { ActionIcon, Button, FileButton, Group, Image, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCamera, IconPhoto, IconX } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { type FormTranslate, formTranslate, type RendererFieldProps } from '../renderer-context';
import { shrinkPhoto } from './shrink-photo';
import { UploadFailed, UploadProgress } from './upload-status';

interface PendingPhoto {
  key: number;
  progress: number | null;
}

const idsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];

/** Uploads picked photos one by one and appends their ids; the latest list is kept in a ref across awaits. */
function usePhotoUploads(props: RendererFieldProps) {
  const { formData, onChange, fieldPathId, registry } = props;
  const ids = useRef<string[]>(idsOf(formData));
  ids.current = idsOf(formData);
  const [pending, setPending] = useState<PendingPhoto[]>([]);
  const [failed, setFailed] = useState<string[]>([]);
  const nextKey = useRef(0);
  const uploadOne = async (file: File) => {
    const key = nextKey.current++;
    const setProgress = (progress: number | null) =>
      setPending((list) => list.map((entry) => (entry.key === key ? { key, progress } : entry)));
    setPending((list) => [...list, { key, progress: null }]);
    try {
      const uploaded = await registry.formContext.host.uploadFile(
        await shrinkPhoto(file),
        'photo',
        setProgress,
      );
      ids.current = [...ids.current, uploaded.id];
      onChange(ids.current, fieldPathId.path);
    } catch {
      setFailed((names) => [...names, file.name]);
    } finally {
      setPending((list) => list.filter((entry) => entry.key !== key));
    }
  };
  const upload = async (files: File[]) => {
    setFailed([]);
    for (const file of files) await uploadOne(file);
  };
  const remove = (id: string) => {
    ids.current = ids.current.filter((entry) => entry !== id);
    onChange(ids.current.length > 0 ? ids.current : undefined, fieldPathId.path);
  };
  return { ids: idsOf(formData), pending, failed, upload, remove };
}

interface ThumbnailsProps {
  ids: string[];
  fieldId: string;
  url: (id: string) => string;
  onRemove: ((id: string) => void) | null;
  t: FormTranslate;
}

function Thumbnails({ ids, fieldId, url, onRemove, t }: ThumbnailsProps) {
  return (
    <Group gap="xs">
      {ids.map((photoId, index) => (
        <div key={photoId} className="nguon-photo">
          <Image
            src={url(photoId) || null}
            alt={t('formRenderer.photos.alt', { n: index + 1 })}
            radius="sm"
          />
          {onRemove && (
            <ActionIcon
              className="nguon-photo-remove"
              color="red"
              size="lg"
              radius="xl"
              onClick={() => onRemove(photoId)}
              aria-label={t('formRenderer.photos.remove', { n: index + 1 })}
              data-testid={`form-photo-remove-${fieldId}-${index}`}
            >
              <IconX size={18} />
            </ActionIcon>
          )}
        </div>
      ))}
    </Group>
  );
}

/** The camera (capture) and the phone's gallery (several at once). */
function PhotoButtons({
  fieldId,
  upload,
  t,
}: {
  fieldId: string;
  upload: (files: File[]) => void;
  t: FormTranslate;
}) {
  return (
    // stacked on a phone: two half-width buttons cut "Chọn ảnh có sẵn" at 390 px
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
      <FileButton onChange={(file) => file && upload([file])} accept="image/*" capture="environment">
        {(button) => (
          <Button
            {...button}
            fullWidth
            leftSection={<IconCamera size={20} />}
            data-testid={`form-photo-take-${fieldId}`}
          >
            {t('formRenderer.photos.take')}
          </Button>
        )}
      </FileButton>
      <FileButton onChange={upload} accept="image/*" multiple>
        {(button) => (
          <Button
            {...button}
            variant="default"
            fullWidth
            leftSection={<IconPhoto size={20} />}
            data-testid={`form-photo-pick-${fieldId}`}
          >
            {t('formRenderer.photos.pick')}
          </Button>
        )}
      </FileButton>
    </SimpleGrid>
  );
}

/** photos fields: take with the camera or pick from the phone, see thumbnails, remove; progress and errors shown. */
export function PhotosField(props: RendererFieldProps) {
  const { schema, registry, disabled, readonly, fieldPathId } = props;
  const { host, lang } = registry.formContext;
  const t = formTranslate(lang);
  const { ids, pending, failed, upload, remove } = usePhotoUploads(props);
  const max = typeof schema.maxItems === 'number' ? schema.maxItems : Number.POSITIVE_INFINITY;
  const editable = !disabled && !readonly;
  const id = fieldPathId.$id;
  return (
    <Stack gap="xs" id={id}>
      {ids.length > 0 && (
        <Thumbnails
          ids={ids}
          fieldId={id}
          url={(photoId) => host.fileUrl(photoId)}
          onRemove={editable ? remove : null}
          t={t}
        />
      )}
      {pending.map((entry) => (
        <UploadProgress
          key={entry.key}
          label={t('formRenderer.photos.uploading')}
          progress={entry.progress}
        />
      ))}
      {failed.map((name) => (
        <UploadFailed key={name} message={t('formRenderer.photos.failed', { name })} />
      ))}
      {editable && ids.length + pending.length >= max && (
        <Text size="sm" c="dimmed">
          {t('formRenderer.photos.full', { max })}
        </Text>
      )}
      {editable && ids.length + pending.length < max && <PhotoButtons fieldId={id} upload={upload} t={t} />}
    </Stack>
  );
}
