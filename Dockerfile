# newsmon application image: one image, each component started by its own subcommand
# (see docker-compose.yml). Built from source with the Maven wrapper.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -q -B -DskipTests package -pl app -am

FROM eclipse-temurin:17-jre
WORKDIR /opt/newsmon
COPY --from=build /src/app/target/newsmon.jar ./newsmon.jar
COPY --from=build /src/app/target/lib ./lib
COPY samples ./samples
ENV NEWSMON_HOME=/opt/newsmon
ENTRYPOINT ["java", "-jar", "/opt/newsmon/newsmon.jar"]
CMD ["--help"]
