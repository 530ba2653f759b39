package com.rangoliboutique.app.web;

import com.rangoliboutique.adapter.out.persistence.ArchitectureRules;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** The dependency rule over the web app and every module it is built from. */
@AnalyzeClasses(packages = "com.rangoliboutique", importOptions = ArchitectureRules.MainClassesOnly.class)
class HexagonalArchitectureTest {

    @ArchTest
    static final ArchTests rules = ArchTests.in(ArchitectureRules.class);
}
