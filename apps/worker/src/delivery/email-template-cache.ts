import { Injectable } from '@nestjs/common';
import { TemplateRepository } from '@herald/persistence';
import { CompiledEmailTemplate, variantLanguage } from '@herald/templating';

/** More versions than a worker sends in a day; past it, the least recently used is dropped. */
const MAX_VERSIONS = 1000;

/**
 * Email template versions, read and compiled once per worker: a notification pins its template
 * version, and a version is never changed (an edit makes a new one), so an entry never goes stale.
 * Keyed by service too, so a version is only ever found for its own service. Concurrent misses of
 * one version share a read; a version not found, or a read that failed, is not kept.
 */
@Injectable()
export class EmailTemplateCache {
  private readonly versions = new Map<string, Promise<CompiledEmailTemplate | null>>();

  constructor(private readonly templates: TemplateRepository) {}

  get(serviceId: string, templateId: string, version: number): Promise<CompiledEmailTemplate | null> {
    const key = `${serviceId}/${templateId}/${version}`;
    const cached = this.versions.get(key);
    if (cached) {
      // Map keeps insertion order: moving the entry to the end makes the first one the least recently used.
      this.versions.delete(key);
      this.versions.set(key, cached);
      return cached;
    }
    const loading = this.compile(serviceId, templateId, version);
    this.versions.set(key, loading);
    if (this.versions.size > MAX_VERSIONS) this.versions.delete(this.versions.keys().next().value as string);
    const forget = () => {
      if (this.versions.get(key) === loading) this.versions.delete(key);
    };
    loading.then((template) => template ?? forget(), forget);
    return loading;
  }

  private async compile(serviceId: string, templateId: string, version: number): Promise<CompiledEmailTemplate | null> {
    const template = await this.templates.findVersion(serviceId, templateId, version);
    if (!template) return null;
    return new CompiledEmailTemplate({ subject: template.subject ?? '', content: template.content, language: variantLanguage(template.language) });
  }
}
