export { orderCatalogue } from './order-catalogue';
