import type { EmailSource } from '../../../shared/ipc/contract';

/** A dropped file as main reads it: its bytes, base64. The page never parses an email itself. */
export function emailSourceFromFile(file: File): Promise<EmailSource> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve({ kind: 'file', fileName: file.name, base64: url.slice(url.indexOf(',') + 1) });
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/** The first file of a drop, if the drop carries files at all. */
export function droppedFile(data: DataTransfer | null): File | null {
  return data?.files.length ? data.files[0]! : null;
}
