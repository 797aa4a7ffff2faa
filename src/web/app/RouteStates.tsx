import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { Link, type ErrorComponentProps } from '@tanstack/react-router';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingState } from '../components/PageStates';
import { useI18n } from '../i18n/context';

export function RoutePending() {
  return <LoadingState />;
}

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Container size="sm" py="xl" component="main" id="main-content" tabIndex={-1}>
      <Stack>
        <Title order={1} size="h2">
          {t('notFound.title')}
        </Title>
        <Text>{t('notFound.text')}</Text>
        <div>
          <Button component={Link} to="/">
            {t('notFound.home')}
          </Button>
        </div>
      </Stack>
    </Container>
  );
}

export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useI18n();
  return (
    <Stack py="md">
      <ErrorAlert error={error} />
      <div>
        <Button variant="default" onClick={reset}>
          {t('action.retry')}
        </Button>
      </div>
    </Stack>
  );
}
