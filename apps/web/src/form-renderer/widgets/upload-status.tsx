import { Alert, Progress, Stack, Text } from '@mantine/core';

/** "Đang tải lên…" with a bar: measured when the host reports progress, moving stripes when not. */
export function UploadProgress({ label, progress }: { label: string; progress: number | null }) {
  return (
    <Stack gap={4}>
      <Text size="sm">{label}</Text>
      <Progress value={(progress ?? 1) * 100} animated={progress === null} striped={progress === null} />
    </Stack>
  );
}

export function UploadFailed({ message }: { message: string }) {
  return (
    <Alert color="red" role="alert" p="xs">
      {message}
    </Alert>
  );
}
