import type { APIRoute } from 'astro';
import { dataPackageDescriptor } from '../../data/open-data.ts';

/** The Frictionless Data Package describing every BOM-less CSV download (src/lib/open-data/data-package.ts). */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await dataPackageDescriptor(), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
