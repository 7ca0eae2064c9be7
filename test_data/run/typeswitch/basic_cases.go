package main

import "fmt"

type S struct{ n int }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", x+1)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case bool:
		if x {
			return "true"
		}
		return "false"
	case []int:
		return fmt.Sprint("slice ", len(x))
	case S:
		return fmt.Sprint("S ", x.n)
	case *S:
		return fmt.Sprint("*S ", x.n)
	case error:
		return "error " + x.Error()
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 1, "abc", true, false, []int{1, 2}, S{3}, &S{4}, fmt.Errorf("e%d", 1), func() int { return 9 }, 2.5}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
}
