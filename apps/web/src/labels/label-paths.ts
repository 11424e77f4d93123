export const labelsPath = '/labels';
export const labelBatchPath = (id: string) => `/labels/batches/${id}`;
/** A label's page by its serial, as normalised by the domain (no spaces or hyphens). */
export const labelPath = (serial: string) => `/labels/l/${encodeURIComponent(serial)}`;
export const labelLayoutsPath = '/labels/layouts';
