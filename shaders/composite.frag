#version 130
// The whole frame in one pass, drawn with blending off; the result is opaque:
//   slide = mix(from, to, smoothstep(progress)); out = slide + (1 - slide.a) * background
// The slide canvases hold premultiplied alpha and are the target's size, so each fragment
// reads the texel under it; Stage turns the canvases' filtering off for this pass, and a nearest
// read at the texel's centre costs less than texelFetch on llvmpipe. The background arrives interpolated
// from composite.vert. Stage compiles this file twice: with CROSSFADE defined (reads `from`)
// and without it for steady frames, since a branch on `progress` would not skip the read.
uniform sampler2D to;   // current canvas
uniform vec2 resolution; // target (and canvas) size, px
#ifdef CROSSFADE
uniform sampler2D from; // previous canvas
uniform float progress; // 0..1, linear
#endif

void main() {
    vec2 uv = gl_FragCoord.xy / resolution;
    vec4 slide = texture2D(to, uv);
#ifdef CROSSFADE
    float t = smoothstep(0.0, 1.0, clamp(progress, 0.0, 1.0));
    slide = mix(texture2D(from, uv), slide, t);
#endif
    gl_FragColor = vec4(slide.rgb + (1.0 - slide.a) * gl_Color.rgb, 1.0);
}
