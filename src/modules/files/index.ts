/** Files: the public surface other modules and the server may use. */

export { type FilesConfig, loadFilesConfig } from './application/config.ts';
export { getFileInfo, openFile, readFile } from './application/read-file.ts';
export { type StoreFileInput, storeFile } from './application/store-file.ts';
export * from './contracts.ts';
export { FILES_ERRORS, filesError } from './files.errors.ts';
export { filesPermissions } from './http/permissions.ts';
export { type FilesRouteOptions, registerFilesRoutes } from './http/routes.ts';
export type { BlobStore, ByteSource } from './infra/blob-store.ts';
export { createLocalBlobStore, type LocalBlobStore } from './infra/local-blob-store.ts';
