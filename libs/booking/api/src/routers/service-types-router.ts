import { randomUUID } from 'node:crypto';
import {
  bookableServiceSchema,
  BookingErrorCode,
  listServicesOfUnitInputSchema,
  saveServiceTypeInputSchema,
  serviceTypeSchema,
  setSelfBookableInputSchema,
} from '@asiointi/booking-contract';
import {
  findServiceType,
  insertServiceType,
  isServiceCodeTaken,
  listServiceTypesOfUnit,
  setServiceTypeSelfBookable,
  updateServiceType,
} from '@asiointi/booking-data';
import { ApiError } from '@asiointi/platform-service';
import { z } from 'zod';
import { bookingAuditSpecs, bookingAuditTrail } from '../audit-trail';
import { toServiceType } from '../staff-catalogue-to-contract';
import { toBookableService } from '../to-contract';
import { createRouter, staffProcedure } from '../trpc';
import { catalogueMaintainer, catalogueReaders } from './staff-roles';

const { serviceTypeCreate, serviceTypeUpdate } = bookingAuditSpecs;
const serviceTypeNotFound = () => new ApiError('NOT_FOUND', BookingErrorCode.SERVICE_TYPE_NOT_FOUND);

/** The unique index service_types_unit_id_code_key refused the code: the whole change went back. */
async function refusingTakenCode<T>(change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (error) {
    if (isServiceCodeTaken(error)) throw new ApiError('CONFLICT', BookingErrorCode.SERVICE_CODE_TAKEN);
    throw error;
  }
}

export const serviceTypesRouter = createRouter({
  /** Every service type of the unit with everything staff maintain, by code. */
  list: staffProcedure(catalogueReaders)
    .input(listServicesOfUnitInputSchema)
    .output(z.array(serviceTypeSchema))
    .query(async ({ ctx, input }) => {
      await ctx.requireUnit(input.unitId);
      return (await listServiceTypesOfUnit(ctx.db, input.unitId)).map(toServiceType);
    }),

  /** Creates a service type (no id) or updates one of the unit; a code is used once per unit. */
  save: staffProcedure(catalogueMaintainer)
    .meta({ audit: serviceTypeUpdate })
    .input(saveServiceTypeInputSchema)
    .output(serviceTypeSchema)
    .mutation(async ({ ctx, input }) => {
      const { auditContext } = await ctx.requireUnit(input.unitId);
      const { id, unitId, name, ...rest } = input;
      const values = { ...rest, nameFi: name.fi, nameSv: name.sv, nameEn: name.en };
      if (id === undefined) {
        const newId = randomUUID();
        const entry = { ...serviceTypeCreate, resourceId: newId, subjectPerson: null };
        const row = await refusingTakenCode(() =>
          bookingAuditTrail.change(ctx.db, auditContext, entry, (tx) =>
            insertServiceType(tx, { ...values, id: newId, unitId }),
          ),
        );
        return toServiceType(row);
      }
      const entry = { ...serviceTypeUpdate, resourceId: id, subjectPerson: null };
      const row = await refusingTakenCode(() =>
        bookingAuditTrail.change(ctx.db, auditContext, entry, async (tx) => {
          const updated = await updateServiceType(tx, { id, unitId }, values);
          // Unknown, or of another unit: the audit row goes back with the error.
          if (!updated) throw serviceTypeNotFound();
          return updated;
        }),
      );
      return toServiceType(row);
    }),

  /** A booking administrator of the service type's own unit opens or closes it for self-booking. */
  setSelfBookable: staffProcedure(catalogueMaintainer)
    .meta({ audit: serviceTypeUpdate })
    .input(setSelfBookableInputSchema)
    .output(bookableServiceSchema)
    .mutation(async ({ ctx, input }) => {
      // The catalogue is public: telling an unknown id from a forbidden one discloses nothing.
      const serviceType = await findServiceType(ctx.db, input.serviceTypeId);
      if (!serviceType) throw serviceTypeNotFound();
      const { auditContext } = await ctx.requireUnit(serviceType.unitId);
      const entry = { ...serviceTypeUpdate, resourceId: serviceType.id, subjectPerson: null };
      const updated = await bookingAuditTrail.change(ctx.db, auditContext, entry, async (tx) => {
        const row = await setServiceTypeSelfBookable(tx, serviceType, input.selfBookable);
        // Gone or moved to another unit meanwhile: throwing here takes the audit row back too.
        if (!row) throw serviceTypeNotFound();
        return row;
      });
      return toBookableService(updated);
    }),
});
