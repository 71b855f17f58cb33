"""marker: an assignment marking assistant and rubric engine."""
