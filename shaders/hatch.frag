// Result and conflict areas: diagonal hatching in the feature's colour over a faint tint, fixed
// to screen pixels (not map metres) so the pattern reads the same at every zoom. The layer's
// opacity arrives in the vertex colour's alpha.
uniform float spacing;     // pixels between stripe centres
uniform float line_width;  // stripe width, pixels
uniform float tint;        // alpha of the fill between stripes

void main() {
  // Distance across the 45° stripes, then to the nearest stripe centre.
  float across = (gl_FragCoord.x + gl_FragCoord.y) * 0.70710678;
  float d = abs(fract(across / spacing) - 0.5) * spacing;
  float stripe = 1.0 - smoothstep(line_width * 0.5 - 0.5, line_width * 0.5 + 0.5, d);
  float alpha = mix(tint, 1.0, stripe);
  gl_FragColor = vec4(gl_Color.rgb, gl_Color.a * alpha);
}
