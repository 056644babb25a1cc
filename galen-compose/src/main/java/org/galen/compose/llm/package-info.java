/**
 * The optional LLM composer: an OpenAI-compatible model drafts the answer from retrieved passages
 * only, and every sentence is checked mechanically against the passages it cites before it is
 * shown.
 */
@NullMarked
package org.galen.compose.llm;

import org.jspecify.annotations.NullMarked;
