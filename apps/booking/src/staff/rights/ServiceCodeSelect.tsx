import { useTranslation } from 'react-i18next';
import type { ServiceType } from '@asiointi/booking-contract';
import type { Language } from '@asiointi/platform-i18n';
import { Select, SelectItem } from '@asiointi/platform-ui';

export interface ServiceCodeSelectProps {
  services: readonly ServiceType[];
  language: Language;
  value: string | null;
  onChange: (code: string) => void;
  isInvalid: boolean;
}

/** A right is for a service code (the same service in any unit); staff choose it by the service's name. */
export function ServiceCodeSelect({
  services,
  language,
  value,
  onChange,
  isInvalid,
}: ServiceCodeSelectProps) {
  const { t } = useTranslation('booking');
  const items = services.map((service) => ({
    id: service.code,
    name: service.requiresBookingRight
      ? service.name[language]
      : t('staff.rights.serviceWithoutRight', { name: service.name[language] }),
  }));
  return (
    <Select
      label={t('staff.rights.service')}
      placeholder={t('staff.bookOnBehalf.servicePlaceholder')}
      items={items}
      value={value}
      onChange={(key) => {
        if (typeof key === 'string') onChange(key);
      }}
      isRequired
      isInvalid={isInvalid}
      errorMessage={t('staff.bookOnBehalf.serviceMissing')}
    >
      {(item) => (
        <SelectItem id={item.id} textValue={item.name}>
          {item.name}
        </SelectItem>
      )}
    </Select>
  );
}
