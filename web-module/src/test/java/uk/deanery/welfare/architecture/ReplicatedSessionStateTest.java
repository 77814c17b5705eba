package uk.deanery.welfare.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On a Payara deployment group the HTTP session is replicated to the other instances (web.xml is
 * {@code <distributable/>}): whatever a session- or view-scoped bean holds is serialised at the end of each request,
 * and a field that cannot be serialised stops the whole session from reaching the other instance, so the person is
 * signed out when the instance that served them goes down. This walks the state of every such bean (its fields, the
 * classes they hold, what those hold in turn, the element types of its lists and maps) and names every class on the
 * way that is not {@link Serializable}. Injected fields are left out: CDI gives them serialisable proxies or handles.
 */
class ReplicatedSessionStateTest {

    private static List<Class<?>> sessionState;

    @BeforeAll
    static void findSessionAndViewScopedBeans() {
        sessionState = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("uk.deanery.welfare.web")
                        .stream()
                        .filter(c -> c.isAnnotatedWith(ViewScoped.class)
                                || c.isAnnotatedWith(SessionScoped.class)
                                || c.isAnnotatedWith(ConversationScoped.class))
                        .map(JavaClass::reflect)
                        .toList();
    }

    @Test
    void theBeansAreFound() {
        assertThat(sessionState)
                .as("the walk below would check too little")
                .extracting(Class::getSimpleName)
                .contains("SurveyBacking", "ConcernBacking", "SignedInGroups");
    }

    @Test
    void everythingASessionOrViewScopedBeanHoldsCanBeSerialised() {
        List<String> problems = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> bean : sessionState) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            walkFields(bean, bean.getSimpleName(), seen, problems);
        }
        assertThat(problems)
                .as("state that cannot be replicated to the other instances")
                .isEmpty();
    }

    private static void walkFields(Class<?> type, String path, Set<Class<?>> seen, List<String> problems) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers)
                        || Modifier.isTransient(modifiers)
                        || field.isSynthetic()
                        || field.isAnnotationPresent(Inject.class)
                        || field.isAnnotationPresent(EJB.class)) {
                    continue;
                }
                walkType(field.getGenericType(), path + "." + field.getName(), seen, problems);
            }
        }
    }

    private static void walkType(Type type, String path, Set<Class<?>> seen, List<String> problems) {
        if (type instanceof ParameterizedType parameterized) {
            walkType(parameterized.getRawType(), path, seen, problems);
            for (Type argument : parameterized.getActualTypeArguments()) {
                walkType(argument, path + "<>", seen, problems);
            }
        } else if (type instanceof GenericArrayType array) {
            walkType(array.getGenericComponentType(), path + "[]", seen, problems);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                walkType(bound, path, seen, problems);
            }
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                walkType(bound, path, seen, problems);
            }
        } else if (type instanceof Class<?> c) {
            walkClass(c, path, seen, problems);
        }
    }

    private static void walkClass(Class<?> c, String path, Set<Class<?>> seen, List<String> problems) {
        if (c.isPrimitive() || c.isEnum() || c == Object.class) {
            return;
        }
        if (c.isArray()) {
            walkClass(c.getComponentType(), path + "[]", seen, problems);
            return;
        }
        // The collection interfaces say nothing themselves: the implementations the code uses (List.of, ArrayList,
        // HashMap, EclipseLink's lazy lists) serialise, and their element types are walked above.
        if (c == List.class || c == Map.class || c == Set.class || c == Collection.class || c == Optional.class) {
            if (c == Optional.class) {
                problems.add(path + " is an Optional, which does not serialise");
            }
            return;
        }
        if (!seen.add(c)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(path + ": " + c.getName() + " is not Serializable");
            return;
        }
        if (c.getName().startsWith("uk.deanery.welfare.")) {
            walkFields(c, c.getSimpleName(), seen, problems);
        }
    }
}
