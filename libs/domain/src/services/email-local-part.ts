/**
 * The local part of a service's sending address, made as Notify makes it: accents stripped,
 * lower-cased, whitespace turned into dots, anything else removed ("Functional Tests" ->
 * "functional.tests").
 */
export function emailLocalPart(serviceName: string): string {
  const local = serviceName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, '.')
    .replace(/[^a-z0-9.\-_]/g, '')
    .replace(/\.{2,}/g, '.')
    .replace(/^\.|\.$/g, '');
  return local || 'service';
}
