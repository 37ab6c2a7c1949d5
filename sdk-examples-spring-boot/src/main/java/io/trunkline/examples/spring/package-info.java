/**
 * A Spring Boot service built on trunkline-spring-boot-starter: {@code OnboardingApplication}
 * prints (and with {@code --apply} applies) the plan for the line configured under
 * {@code onboarding.*}.
 */
package io.trunkline.examples.spring;
