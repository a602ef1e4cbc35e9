import { describe, expect, it } from 'vitest';
import { snapshotSchema } from '@/rules/schema';
describe('smoke', () => { it('parses', () => { expect(snapshotSchema.safeParse({}).success).toBe(false); }); });
