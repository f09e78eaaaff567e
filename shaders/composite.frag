#version 130
// The whole frame in one pass, drawn with blending off; the result is opaque:
//   slide = mix(from, to, smoothstep(progress)); out = slide + (1 - slide.a) * background
// The slide canvases hold premultiplied alpha and are the target's size, so each fragment
// reads the texel under it (texelFetch: no filtering). The background arrives interpolated
// from composite.vert. Stage compiles this file twice: with CROSSFADE defined (reads `from`)
// and without it for steady frames, since a branch on `progress` would not skip the read.
uniform sampler2D to; // current canvas
#ifdef CROSSFADE
uniform sampler2D from; // previous canvas
uniform float progress; // 0..1, linear
#endif

void main() {
    ivec2 texel = ivec2(gl_FragCoord.xy);
    vec4 slide = texelFetch(to, texel, 0);
#ifdef CROSSFADE
    float t = smoothstep(0.0, 1.0, clamp(progress, 0.0, 1.0));
    slide = mix(texelFetch(from, texel, 0), slide, t);
#endif
    gl_FragColor = vec4(slide.rgb + (1.0 - slide.a) * gl_Color.rgb, 1.0);
}
