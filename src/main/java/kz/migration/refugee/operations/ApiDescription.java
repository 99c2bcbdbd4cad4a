package kz.migration.refugee.operations;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The domain API's OpenAPI description ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}): the paths under
 * {@code /api} only ({@code springdoc.paths-to-match}), HTTP basic as their authentication, and the errors every
 * operation may answer as RFC 9457 problem details ({@code ProblemDetail}, as {@code ProblemDetailsAdvice} writes them):
 * 400 naming the fields, 404, 409. {@code ApiDescriptionTest} calls each operation the document lists and holds it to
 * the statuses it declares.
 */
@Configuration
class ApiDescription {

  static final String PROBLEM = "ProblemDetail";
  static final String PROBLEM_JSON = "application/problem+json";
  static final String BASIC = "basic";

  /** The errors every operation may answer, each a problem. */
  static final Map<String, String> PROBLEMS = Map.of(
      "400", "Неверный запрос: поля названы в errors (имя поля — сообщение)",
      "404", "Не найдено (дело, лицо, запись)",
      "409", "Конфликт с состоянием дела или с другим изменением");

  @Bean
  OpenAPI domainApiDescription() {
    return new OpenAPI()
        .info(new Info().title("Refugee status case processing: domain API").version("v1")
            .description("Ходатайства, решения, ежегодные перерегистрации, добровольное возвращение, учёт и статистика. "
                + "Роли — группы Camunda (caseworkers, managers, auditors, admins); вход: HTTP Basic или сеанс "
                + "браузера (запись с сеансом — с CSRF-токеном)."))
        .components(new Components()
            .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }

  /** Every operation: the problems it may answer, and 401/403 for a missing login or role. */
  @Bean
  OpenApiCustomizer problemResponses() {
    return api -> {
      // after the generated components: Spring's own ProblemDetail class, where an answer names it, has no "errors"
      api.getComponents().addSchemas(PROBLEM, problemSchema());
      api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
        PROBLEMS.forEach((status, description) -> operation.getResponses().addApiResponse(status,
            new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
        operation.getResponses().addApiResponse("401", new ApiResponse().description("Нет входа"));
        operation.getResponses().addApiResponse("403", new ApiResponse().description("Роль не даёт права на операцию"));
      }));
    };
  }

  @SuppressWarnings("rawtypes")
  private static Schema problemSchema() {
    return new Schema<>().type("object").description("RFC 9457 problem details")
        .addProperty("type", new StringSchema().format("uri").example("urn:problem:not-found"))
        .addProperty("title", new StringSchema())
        .addProperty("status", new IntegerSchema())
        .addProperty("detail", new StringSchema())
        .addProperty("instance", new StringSchema().format("uri"))
        .addProperty("errors", new MapSchema().additionalProperties(new StringSchema())
            .description("Поле (его имя в запросе) — сообщение, для 400"));
  }
}
