export * from './address-updater';
