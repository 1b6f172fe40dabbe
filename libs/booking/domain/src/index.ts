export {
  bookingAccessOf,
  orderServicesForResidents,
  type BookingAccess,
} from './order-services-for-residents';
export { orderUnits } from './order-units';
export { nameCollator, type ResidentLanguage } from './resident-language';
export { channelOrder, channelsOffered, orderedChannels, servicesOfferedVia } from './service-channels';
