import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, MoreThanOrEqual, Repository } from 'typeorm';
import type { NewUpload, StoredUpload, UploadedRow } from '@herald/domain';
import { FieldCipher } from '../database/field-cipher';
import { UploadChunkEntity } from '../entities/upload-chunk.entity';
import { UploadEntity } from '../entities/upload.entity';

/**
 * Uploaded bulk-send files, stored as their rows in encrypted chunks: written while the file is
 * still being read, read back a chunk at a time, so no whole file is ever in memory.
 */
@Injectable()
export class UploadRepository {
  private readonly uploads: Repository<UploadEntity>;
  private readonly chunks: Repository<UploadChunkEntity>;

  constructor(
    dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {
    this.uploads = dataSource.getRepository(UploadEntity);
    this.chunks = dataSource.getRepository(UploadChunkEntity);
  }

  /** An upload with no rows yet; add them with appendChunk, then complete it. */
  async begin(input: NewUpload, at = new Date()): Promise<string> {
    const id = randomUUID();
    await this.uploads.insert({ ...input, id, rowCount: 0, createdAt: at });
    return id;
  }

  async appendChunk(uploadId: string, chunkIndex: number, rows: readonly UploadedRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.chunks.insert({ uploadId, chunkIndex, firstRowNumber: rows[0].rowNumber, rowCount: rows.length, data: this.cipher.encryptJson(rows) });
  }

  async complete(serviceId: string, uploadId: string, rowCount: number): Promise<void> {
    await this.uploads.update({ id: uploadId, serviceId }, { rowCount });
  }

  /** A file with problems is not kept: its rows are personal data nobody will send. */
  async discard(serviceId: string, uploadId: string): Promise<void> {
    const upload = await this.uploads.findOneBy({ id: uploadId, serviceId });
    if (!upload) return;
    await this.chunks.delete({ uploadId });
    await this.uploads.delete({ id: uploadId, serviceId });
  }

  async find(serviceId: string, uploadId: string): Promise<StoredUpload | null> {
    return this.uploads.findOneBy({ id: uploadId, serviceId });
  }

  async firstRow(serviceId: string, uploadId: string): Promise<UploadedRow | null> {
    if (!(await this.find(serviceId, uploadId))) return null;
    const chunk = await this.chunks.findOne({ where: { uploadId }, order: { chunkIndex: 'ASC' } });
    return chunk ? (this.cipher.decryptJson<UploadedRow[]>(chunk.data)[0] ?? null) : null;
  }

  /** The rows from `fromRowNumber` on, one chunk in memory at a time. */
  async *rows(serviceId: string, uploadId: string, fromRowNumber = 0): AsyncGenerator<UploadedRow[]> {
    if (!(await this.find(serviceId, uploadId))) return;
    let next = 0;
    for (;;) {
      const chunk = await this.chunks.findOne({ where: { uploadId, chunkIndex: MoreThanOrEqual(next) }, order: { chunkIndex: 'ASC' } });
      if (!chunk) return;
      next = chunk.chunkIndex + 1;
      if (chunk.firstRowNumber + chunk.rowCount <= fromRowNumber) continue;
      yield this.cipher.decryptJson<UploadedRow[]>(chunk.data).filter((row) => row.rowNumber >= fromRowNumber);
    }
  }
}
