import Fastify, { LogController, type FastifyInstance, type FastifyReply } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { AppConfig } from './config.js';
import { connectDatabase, type DatabaseHandle } from './db/connect.js';
import { migrate } from './db/migrate.js';
import { envelope } from './http/api-error.js';
import { fastSerializerCompiler } from './http/serializer.js';
import auth from './auth/auth-plugin.js';
import db from './plugins/app/db.js';
import errorHandler from './plugins/app/error-handler.js';
import routeCatalogue from './plugins/app/route-catalogue.js';
import remarkRetention from './plugins/app/data-retention.js';
import alerts from './alerts/alerts-plugin.js';
import embeddedMaintenance from './plugins/app/embedded-maintenance.js';
import installationRecorder from './installation/installation-recorder.js';
import secrets from './plugins/app/secrets.js';
import textInput from './plugins/app/text-input.js';
import session from './sessions/session-plugin.js';
import cors from './plugins/external/cors.js';
import { allAllowedOrigins } from './services/origins.js';
import formbody from './plugins/external/formbody.js';
import helmet from './plugins/external/helmet.js';
import rateLimit from './plugins/external/rate-limit.js';
import swagger from './openapi/swagger-plugin.js';
import healthRoutes from './routes/health/index.js';
import displayRoutes from './routes/v1/displays/index.js';
import feedbackRoutes from './routes/v1/feedback/index.js';
import organisationRoutes from './routes/v1/organisations/index.js';
import serviceRoutes from './routes/v1/services/index.js';
import tokenRoutes from './routes/v1/tokens/index.js';
import auditRoutes from './routes/v1/audit/index.js';
import installationRoutes from './routes/v1/installation/index.js';
import alertRoutes from './routes/v1/alerts/index.js';
import annotationRoutes from './routes/v1/annotations/index.js';
import { useDictionaryDir } from './topics/translations.js';
import widgetRoutes from './routes/widget/index.js';
import widgetConfigRoutes from './routes/v1/widget-config/index.js';
import figureRoutes from './routes/v1/figures/index.js';
import reportRoutes from './routes/v1/reports/index.js';
import remarkRoutes from './routes/v1/remarks/index.js';
import publicFigureRoutes from './routes/v1/public/index.js';
import comparisonRoutes from './routes/v1/comparison/index.js';
import openRoutes from './routes/open/index.js';
import authRoutes from './routes/auth/index.js';
import dashboardRoutes from './routes/dashboard/index.js';
import widgetPreviewRoutes from './routes/dashboard/widget-preview.js';

export interface BuildOptions {
  /** An open database to use (tests share one); otherwise one is opened from the config and closed with the app. */
  database?: DatabaseHandle;
  /** Apply pending migrations before serving (default true). */
  migrate?: boolean;
}

/** Builds the whole API. The caller listens (or uses app.inject) and closes it. */
export async function buildApp(config: AppConfig, options: BuildOptions = {}): Promise<FastifyInstance> {
  const database = options.database ?? connectDatabase(config);
  if (options.migrate ?? true) await migrate(database.db);
  useDictionaryDir(config.topicsDictionaryDir);

  const app = Fastify({
    logger: {
      level: config.logLevel,
      // Never log what identifies a person or grants access.
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.remoteAddress', 'req.headers["x-forwarded-for"]'],
      serializers: {
        req: (req) => ({ method: req.method, url: req.url.split('?')[0] }),
      },
    },
    trustProxy: config.trustProxy,
    // Per-request access logs only when debugging: they add nothing the figures need.
    logController: new LogController({ disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace' }),
    // A URL Fastify cannot decode (a bad percent-encoding) gets the envelope too.
    frameworkErrors: (_error, _request, reply) => {
      (reply as unknown as FastifyReply)
        .code(400)
        .send(envelope('validation_failed', 'The URL is not valid: it has a bad percent-encoding (not UTF-8).'));
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(fastSerializerCompiler);

  await app.register(routeCatalogue);
  await app.register(db, { config, database, ownsDatabase: options.database === undefined });
  await app.register(errorHandler);
  await app.register(secrets);
  await app.register(session);
  await app.register(auth);
  await app.register(helmet);
  await app.register(formbody);
  await app.register(textInput);
  await app.register(cors, { allowedOrigins: allAllowedOrigins });
  await app.register(rateLimit);
  await app.register(swagger);
  await app.register(remarkRetention);
  await app.register(embeddedMaintenance);
  await app.register(installationRecorder);
  await app.register(alerts);

  await app.register(healthRoutes);
  await app.register(feedbackRoutes);
  await app.register(displayRoutes);
  await app.register(organisationRoutes);
  await app.register(serviceRoutes);
  await app.register(tokenRoutes);
  await app.register(auditRoutes);
  await app.register(installationRoutes);
  await app.register(alertRoutes);
  await app.register(annotationRoutes);
  await app.register(widgetRoutes);
  await app.register(widgetConfigRoutes);
  await app.register(figureRoutes);
  await app.register(reportRoutes);
  await app.register(remarkRoutes);
  await app.register(publicFigureRoutes);
  await app.register(comparisonRoutes);
  await app.register(openRoutes);
  await app.register(authRoutes);
  await app.register(dashboardRoutes);
  await app.register(widgetPreviewRoutes);
  return app;
}
