import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps';
import { defineRoute } from '../../http/route';
import { Permission } from '../../../shared/permissions/Permission';
import {
  Unit,
  UnitConversion,
  UnitConvertParams,
  UnitList,
  UnitParams,
  UnitProvincesQuery,
  UnitSearchQuery,
} from '../../../shared/domain/Unit';
import { convertOldCode, getUnit, listChildren, listProvinceUnits, searchUnitsByName } from './units.service';

/** Administrative units (C1): reference data every role reads nationally (roles.ts, units.read). */
export function registerUnitRoutes(app: FastifyInstance, deps: AppDeps): void {
  const tags = ['units'];

  defineRoute(app, {
    method: 'GET',
    url: '/api/units/search',
    access: Permission.unitsRead,
    summary: 'Search units by name, without diacritics and in any case, or by exact code',
    tags,
    querystring: UnitSearchQuery,
    response: UnitList,
    handler: async ({ query }) => ({ items: await searchUnitsByName(deps, query) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/units/provinces',
    access: Permission.unitsRead,
    summary: 'The provinces of an era, by code',
    tags,
    querystring: UnitProvincesQuery,
    response: UnitList,
    handler: async ({ query }) => ({ items: await listProvinceUnits(deps, query.era) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/units/convert/:code',
    access: Permission.unitsRead,
    summary: 'Translate a pre-2025 commune, island district or province code to the 2025 unit(s)',
    tags,
    params: UnitConvertParams,
    response: UnitConversion,
    handler: async ({ params }) => convertOldCode(deps, params.code),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/units/:era/:code',
    access: Permission.unitsRead,
    summary: 'One unit',
    tags,
    params: UnitParams,
    response: Unit,
    handler: async ({ params }) => getUnit(deps, params.era, params.code),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/units/:era/:code/children',
    access: Permission.unitsRead,
    summary: 'The units directly under a unit, by name',
    tags,
    params: UnitParams,
    response: UnitList,
    handler: async ({ params }) => ({ items: await listChildren(deps, params.era, params.code) }),
  });
}
