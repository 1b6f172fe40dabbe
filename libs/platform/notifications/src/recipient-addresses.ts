// Where the notification sender sends a message when the module has no contact register of its own. A
// notification names its person by reference and, when one was typed for it, carries its own address.
import type { RecipientToResolve } from './deliver-notification';
import type { NotificationSenderOptions } from './notification-sender';

type ResolveRecipient = NotificationSenderOptions['resolveRecipient'];

/** A module's own register of addresses (e.g. what residents entered in booking's preferences). */
export type ModuleAddressOf = (recipient: RecipientToResolve) => Promise<string | null>;

/**
 * The address stored with the notification, else the module's own for the person, else the fallback's (the
 * region's contact register, or a test address in development).
 */
export function withModuleAddresses(
  moduleAddressOf: ModuleAddressOf,
  fallback: ResolveRecipient,
): ResolveRecipient {
  return async (recipient) =>
    recipient.recipientAddress ?? (await moduleAddressOf(recipient)) ?? (await fallback(recipient));
}

/**
 * With a real gateway: only an address stored with the notification. A person reference then resolves to
 * nothing and the notification fails, until the region's contact register is connected (pass a resolver).
 */
export const storedAddressOnly: ResolveRecipient = async (recipient) => recipient.recipientAddress;

/** Test addresses nobody owns (+358 50 000 0000 is reserved for examples; .invalid never resolves). */
const testAddress = { sms: '+358500000000', email: 'asukas@example.invalid' } as const;

/**
 * With the development gateway nothing leaves the machine, so a person without a stored address gets a test
 * address: the message is still rendered and shows up in the notification log.
 */
export const storedOrTestAddress: ResolveRecipient = async (recipient) =>
  recipient.recipientAddress ?? testAddress[recipient.channel];
