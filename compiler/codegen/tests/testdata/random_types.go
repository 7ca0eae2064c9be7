package main

type N1 int
type N2 struct{ p *N2; s string }
type N3 [2]N1
var v0 int8
var v1 complex128
var v2 interface{Z() error; M()}
var v3 bool
var v4 chan<- *struct{Y uint64}
var v5 bool
var v6 *<-chan float64
var v7 N3
var v8 complex64
var v9 N3
var v10 uint8
var v11 interface{M()}
var v12 N3
var v13 []uint32
var v14 uint64
var v15 N3
var v16 <-chan map[bool]complex128
var v17 N3
var v18 *chan<- func(N2, N1) (uintptr, int8)
var v19 [5]func(interface{}) rune
var v20 [5]bool
var v21 N3
var v22 N3
var v23 string
var v24 uintptr
var v25 struct{Y string; b chan func(byte, uint) (float64, complex128); X error; c uint8}
var v26 N3
var v27 []struct{}
var v28 []bool
var v29 struct{c func(int64) [2]any `t:"0"`}
var v30 func(*func(uint, ...string) int16)
var v31 *float32
var v32 int64
var v33 N3
var v34 N3
var v35 N3
var v36 N3
var v37 <-chan func(*uint32, uint)
var v38 struct{_ [0]*rune `t:"0"`; b [5]chan uintptr}
var v39 rune
var v40 <-chan int16
var v41 chan<- *chan<- bool
var v42 uint64
var v43 int32
var v44 map[bool]<-chan N3
var v45 N3
var v46 int
var v47 int64
var v48 byte
var v49 uint64
var v50 struct{c error; _ byte}
var v51 func() int32
var v52 rune
var v53 chan map[[2]int]uint16
var v54 struct{Y struct{}; a N1}
var v55 *rune
var v56 []map[int][]float64
var v57 <-chan struct{c map[*int]uint64; a struct{c uint64; X uint64 `t:"1"`; Y int16} `t:"1"`; b N3; _ [5]uint}
var v58 map[bool]uint16
var v59 complex64
var v60 rune
var v61 map[N1]*func(uint32, uint8) int16
var v62 int8
var v63 bool
var v64 chan int8
var v65 *struct{X []string; c [1]int32 `t:"1"`}
var v66 func(string) (uint, int)
var v67 N1
var v68 map[int]byte
var v69 N2
var v70 map[bool]interface{m(x int) bool}
var v71 N3
var v72 chan<- complex128
var v73 any
var v74 bool
var v75 uintptr
var v76 int32
var v77 uint16
var v78 chan map[N1]string
var v79 interface{N(int) string; M()}
var v80 interface{}
var v81 func(struct{a func(...uint32) (uint, uint32)}, func() (interface{M(); Z() error}, N3), ...int)
var v82 <-chan <-chan N3
var v83 *[][]uint16
var v84 [][5][]complex64
var v85 map[any]chan<- uint64
var v86 complex128
var v87 []N3
var v88 []struct{X uint}
var v89 bool
var v90 error
var v91 uint16
var v92 uint32
var v93 uint
var v94 rune
var v95 interface{}
var v96 interface{M()}
var v97 float32
var v98 int16
var v99 *bool
var v100 [0]uint32
var v101 func([]interface{m(x int) bool}, func(interface{}, chan<- uint, ...string) (uint16, N3)) struct{X func(bool, N1) rune}
var v102 N2
var v103 []map[*int]struct{}
var v104 [3][0]bool
var v105 struct{_ uint16; X struct{a func(...N2) (complex64, bool); b struct{c uint; b uint16; a string `t:"2"`; _ string}; Y any; _ struct{Y float32}} `t:"1"`}
var v106 uint16
var v107 func(error, *float32) map[any]int8
var v108 rune
var v109 [5]interface{N(int) string; M()}
var v110 interface{m(x int) bool}
var v111 map[string]struct{}
var v112 float32
var v113 []*error
var v114 uint
var v115 interface{Z() error; N(int) string}
var v116 struct{}
var v117 [0]uint8
var v118 chan map[any]byte
var v119 map[N1]func(map[string]int)
var v120 func(struct{X [0]bool `t:"0"`}) N1
var v121 struct{a *int}
var v122 [0][]map[string]complex128
var v123 struct{_ struct{_ rune; Y N3 `t:"1"`}}
var v124 *N3
var v125 map[*int]<-chan uint16
var v126 []int16
var v127 uint
var v128 *int8
var v129 N3
var v130 func(...<-chan interface{}) byte
var v131 struct{}
var v132 uint64
var v133 int
var v134 *func(float32, struct{}) N3
var v135 func(complex128, any) N3
var v136 N3
var v137 struct{b [][5]int8}
var v138 any
var v139 chan<- struct{_ N3; a func(rune) `t:"1"`}
var v140 complex64
var v141 chan *string
var v142 struct{_ func(uint64) (*int32, uint8)}
var v143 [3]int
var v144 N3
var v145 []int8
var v146 N3
var v147 []map[*int]N3
var v148 *interface{m(x int) bool; M()}
var v149 complex128
var v150 map[N1]func(map[any]complex128, struct{b byte `t:"0"`; X complex128; a string}, ...N2) (*uintptr, interface{})
var v151 N3
var v152 uint32
var v153 func(N3, float64) (N3, uint32)
var v154 complex64
var v155 N3
var v156 [2]<-chan *uintptr
var v157 struct{}
var v158 []chan<- func(complex128, uint64) complex64
var v159 [3]int64
var v160 func() (chan<- struct{_ uint64; X complex128}, []uint)
var v161 bool
var v162 int32
var v163 [][0]error
var v164 *N3
var v165 *[]<-chan int16
var v166 struct{X *[]float32}
var v167 complex64
var v168 string
var v169 chan interface{}
var v170 error
var v171 map[int]<-chan N3
var v172 complex128
var v173 N3
var v174 uint64
var v175 []N1
var v176 struct{}
var v177 interface{M()}
var v178 uint16
var v179 uint8
var v180 [2]byte
var v181 *string
var v182 float64
var v183 complex128
var v184 struct{b map[bool]int64; _ N3}
var v185 uint64
var v186 [1]interface{m(x int) bool}
var v187 int32
var v188 map[string]*[]uint8
var v189 N3
var v190 struct{c uint32 `t:"0"`; Y struct{c *int16}}
var v191 uint16
var v192 [5]int8
var v193 int16
var v194 uint8
var v195 int
var v196 []float32
var v197 map[string]struct{}
var v198 func() [5]struct{a error; _ rune; X float32}
var v199 uint32
var v200 *[]uint
var v201 struct{a string; c [][]any; Y N3; _ interface{N(int) string; M()}}
var v202 rune
var v203 uint
var v204 func([1]chan<- float32)
var v205 uint32
var v206 bool
var v207 *[3][]complex64
var v208 float64
var v209 chan<- chan<- *int16
var v210 **[]rune
var v211 string
var v212 N3
var v213 rune
var v214 func(map[any][]byte) []func(uintptr) N1
var v215 float64
var v216 func(func(map[*int]error, ...interface{M()}) (uint64, N3)) (uint, [3][]uint8)
var v217 map[any]interface{Z() error}
var v218 map[N1]N3
var v219 complex128
var v220 [1]float64
var v221 bool
var v222 [3]N3
var v223 struct{b struct{}}
var v224 map[[2]int]*map[N1]int64
var v225 func(byte, [1]*string)
var v226 N3
var v227 N3
var v228 N3
var v229 float32
var v230 []*N3
var v231 complex128
var v232 string
var v233 bool
var v234 uint32
var v235 chan N3
var v236 func(N3, N3)
var v237 map[N1]func() [5]int8
var v238 [2]uintptr
var v239 complex64
var v240 int32
var v241 map[int]rune
var v242 map[[2]int]map[[2]int]complex64
var v243 map[string][]N1
var v244 float32
var v245 [5]N3
var v246 map[any]struct{_ [1]uint32}
var v247 func([]struct{_ uint32}) (uintptr, struct{a [1]any `t:"0"`; X uint})
var v248 map[any]N3
var v249 N2
var v250 *map[any]interface{N(int) string; Z() error}
var v251 int64
var v252 N3
var v253 chan<- chan<- int16
var v254 [1]interface{}
var v255 <-chan func(...chan<- uint)
var v256 string
var v257 string
var v258 func()
var v259 []*int64
var v260 struct{a rune; X N3 `t:"1"`; Y func(*byte) uint32}
var v261 [5]struct{}
var v262 func(N3)
var v263 rune
var v264 []func(*any) interface{M(); m(x int) bool}
var v265 N3
var v266 int64
var v267 func()
var v268 int16
var v269 N3
var v270 func(uintptr)
var v271 map[any]<-chan error
var v272 N2
var v273 uint16
var v274 [2]struct{b *string `t:"0"`}
var v275 map[any]N3
var v276 struct{b *uint64 `t:"0"`; X *N3}
var v277 map[int]int32
var v278 N3
var v279 uint16
var v280 *interface{m(x int) bool}
var v281 any
var v282 complex128
var v283 uint16
var v284 *int8
var v285 [0]map[int]map[N1]string
var v286 <-chan error
var v287 N1
var v288 float64
var v289 func() int16
var v290 float64
var v291 uint64
var v292 chan interface{Z() error; m(x int) bool}
var v293 complex64
var v294 [2]N3
var v295 <-chan struct{a complex64; X complex64}
var v296 complex128
var v297 [3]*func() byte
var v298 *struct{a int16; _ [2]float64; Y any; _ N3}
var v299 func(float64) ([]chan error, uint8)
