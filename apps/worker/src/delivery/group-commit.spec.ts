import { GroupCommit } from './group-commit';

describe('GroupCommit', () => {
  it('writes what arrives together in one batch, and what arrives during a write in the next', async () => {
    const batches: number[][] = [];
    let release: () => void = () => undefined;
    const commit = new GroupCommit(async (inputs: number[]) => {
      batches.push(inputs);
      if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
      return inputs.map((input) => input * 10);
    });
    const first = [commit.submit(1), commit.submit(2)];
    await new Promise((resolve) => setImmediate(resolve));
    const during = [commit.submit(3), commit.submit(4), commit.submit(5)];
    release();
    expect(await Promise.all([...first, ...during])).toEqual([10, 20, 30, 40, 50]);
    expect(batches).toEqual([
      [1, 2],
      [3, 4, 5],
    ]);
  });

  it('fails only the caller whose input cannot be written', async () => {
    const commit = new GroupCommit(async (inputs: string[]) => {
      if (inputs.includes('bad')) throw new Error('refused');
      return inputs.map((input) => input.toUpperCase());
    });
    const outcomes = await Promise.allSettled([commit.submit('a'), commit.submit('bad'), commit.submit('c')]);
    expect(outcomes).toEqual([
      { status: 'fulfilled', value: 'A' },
      { status: 'rejected', reason: new Error('refused') },
      { status: 'fulfilled', value: 'C' },
    ]);
  });

  it('settles no caller before its own batch is written', async () => {
    const written: string[] = [];
    const commit = new GroupCommit(async (inputs: string[]) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      written.push(...inputs);
      return inputs.map(() => undefined);
    });
    await commit.submit('x');
    expect(written).toEqual(['x']);
  });
});
