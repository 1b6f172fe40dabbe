// Procedures of every kind, for the access tests: what each returns is what its context says.
import type { AuditContext, AuditEntry } from '@asiointi/platform-audit';
import { z } from 'zod';
import { initServiceTrpc } from '../../src/index';

export interface RecordedDenial {
  auditContext: AuditContext;
  entry: AuditEntry;
}

export function createAccessTestRouter(denials: RecordedDenial[] = []) {
  const { createRouter, publicProcedure, residentProcedure, staffProcedure } = initServiceTrpc({
    recordDenied: async (_ctx, auditContext, entry) => {
      denials.push({ auditContext, entry });
    },
  });
  return createRouter({
    whoami: publicProcedure.query(({ ctx }) => ({
      kind: ctx.principal.kind,
      subject: ctx.principal.kind === 'anonymous' ? null : ctx.principal.subject,
    })),
    notes: createRouter({
      mine: residentProcedure('booking')
        .meta({ audit: { action: 'read', resourceType: 'test-notes', purpose: 'testing' } })
        .query(({ ctx }) => ({ subjectPerson: ctx.subjectPerson, auditContext: ctx.auditContext })),
      /** Whom the resident may act for in booking, whoever X-Acting-For names. */
      actedFor: residentProcedure('booking').query(({ ctx }) => ctx.actingFor.mayActFor('booking')),
      /** Declares no audit meta: a refusal falls back to the path. */
      feedbackScope: residentProcedure('feedback').mutation(({ ctx }) => ctx.subjectPerson),
    }),
    units: createRouter({
      administer: staffProcedure('booking-admin')
        .input(z.object({ unitId: z.uuid(), subjectPerson: z.string().optional() }))
        .query(async ({ ctx, input }) => {
          const access = await ctx.requireUnit(
            input.unitId,
            input.subjectPerson ? { subjectPerson: input.subjectPerson } : undefined,
          );
          return { role: access.role, unitId: access.unitId, actor: access.auditContext.actor };
        }),
      anyRole: staffProcedure(['nurse', 'manager']).query(({ ctx }) => ctx.staffRoles),
    }),
  });
}
