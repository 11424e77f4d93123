import type { SharedErrorCode } from '../errors/shared.errors';
import { FileDownload, FileUpload, IdParams } from '../http/common.schemas';
import type { EndpointSpec } from '../http/endpoint';
import { fileMediaTypes, maxFileBytes } from './file.constants';
import type { FileErrorCode } from './file.errors';
import { FileUploadQuery, FileVariantParams, FileView } from './file.schemas';

/** The files endpoints: validation, the OpenAPI document and the typed client read them. */
export const fileEndpoints = {
  uploadFile: {
    method: 'post',
    path: '/api/v1/files',
    tag: 'files',
    summary:
      'Upload a photo or document as the raw body: PNG, JPEG, WebP or PDF up to 10 MiB; images get web sizes',
    access: 'tenant',
    status: 201,
    query: FileUploadQuery,
    upload: { mediaTypes: fileMediaTypes, maxBytes: maxFileBytes },
    body: FileUpload,
    response: FileView,
    errors: ['UNSUPPORTED_FILE_TYPE', 'PAYLOAD_TOO_LARGE', 'UPLOADS_BUSY', 'FILE_UNREADABLE'],
  },
  getFileInfo: {
    method: 'get',
    path: '/api/v1/files/{id}/info',
    tag: 'files',
    summary: "A file's details and the addresses of its sizes (members of the owning tenant)",
    access: 'tenant',
    status: 200,
    params: IdParams,
    response: FileView,
  },
  getFile: {
    method: 'get',
    path: '/api/v1/files/{id}',
    tag: 'files',
    summary: 'The file as uploaded: public files to anyone, others to members of the owning tenant',
    access: 'optional',
    status: 200,
    params: IdParams,
    fileResponse: true,
    response: FileDownload,
  },
  getFileVariant: {
    method: 'get',
    path: '/api/v1/files/{id}/{variant}',
    tag: 'files',
    summary: 'One size of an image (thumb 320 px, large 1280 px, WebP) or the original',
    access: 'optional',
    status: 200,
    params: FileVariantParams,
    fileResponse: true,
    response: FileDownload,
  },
} as const satisfies Record<string, EndpointSpec<FileErrorCode | SharedErrorCode>>;
