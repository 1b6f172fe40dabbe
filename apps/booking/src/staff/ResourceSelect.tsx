import { useTranslation } from 'react-i18next';
import type { ListedResource } from '@asiointi/booking-contract';
import { useLanguage } from '@asiointi/platform-i18n';
import { Select, SelectItem } from '@asiointi/platform-ui';

/** The key of the "every resource" choice, when one is offered. */
export const allResources = 'all';

export interface ResourceSelectProps {
  resources: readonly ListedResource[];
  value: string | null;
  onChange: (resourceId: string) => void;
  /** Offer "every resource" first (the day list), or not (schedules are per resource). */
  withAll?: boolean;
}

/** Chooses one of the unit's resources by its title and name in the user's language. */
export function ResourceSelect({ resources, value, onChange, withAll = false }: ResourceSelectProps) {
  const { t } = useTranslation('booking');
  const { language } = useLanguage();
  const items = [
    ...(withAll ? [{ id: allResources, name: t('staff.resources.all') }] : []),
    ...resources.map(({ id, displayName, active }) => ({
      id,
      name: active
        ? displayName[language]
        : t('staff.resources.inactiveName', { name: displayName[language] }),
    })),
  ];
  return (
    <Select
      label={t('staff.resources.pick')}
      placeholder={t('staff.resources.pickPlaceholder')}
      items={items}
      value={value}
      onChange={(key) => {
        if (typeof key === 'string') onChange(key);
      }}
    >
      {(item) => (
        <SelectItem id={item.id} textValue={item.name}>
          {item.name}
        </SelectItem>
      )}
    </Select>
  );
}
