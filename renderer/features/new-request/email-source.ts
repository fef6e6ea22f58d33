import type { EmailSource } from '../../../shared/ipc/contract';
import { fileAsBase64 } from '../../ui/file-as-base64';

/** A dropped email file as main's readEmail takes it. */
export async function emailSourceFromFile(file: File): Promise<EmailSource> {
  return { kind: 'file', ...(await fileAsBase64(file)) };
}

/** The first file of a drop, if the drop carries files at all. */
export function droppedFile(data: DataTransfer | null): File | null {
  return data?.files.length ? data.files[0]! : null;
}

/** An email to read into New request: a file dropped on the window, or one main was asked to open. */
export type PendingEmail = File | EmailSource;
